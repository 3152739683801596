// One command's options and arguments after parsing (src/cli/args.ts), with the checks every
// command needs: required options, whole numbers in a range, choices, on/off pairs.
import { UsageError } from './usage-error';

/** What parseArgs read for one option. */
export type OptionValue = string | boolean | Array<string | boolean> | undefined;

/** One command's options and arguments, read with the checks every command needs. */
export class Args {
  constructor(
    private readonly values: Record<string, OptionValue>,
    readonly positionals: readonly string[],
  ) {}

  /** A required positional argument; their number was checked when parsing. */
  arg(index: number): string {
    return this.positionals[index] ?? '';
  }

  string(name: string): string | undefined {
    const value = this.values[name];
    return typeof value === 'string' ? value : undefined;
  }

  required(name: string): string {
    const value = this.string(name);
    if (value === undefined) throw new UsageError(`missing --${name}`);
    return value;
  }

  flag(name: string): boolean {
    return this.values[name] === true;
  }

  list(name: string): string[] {
    const value = this.values[name];
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  }

  has(name: string): boolean {
    return this.values[name] !== undefined;
  }

  /** A whole number option within [min, max], or undefined when it was not given. */
  integer(name: string, range: { min: number; max?: number }): number | undefined {
    const text = this.string(name);
    if (text === undefined) return undefined;
    const value = /^-?\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
    const { min, max } = range;
    if (!Number.isSafeInteger(value) || value < min || (max !== undefined && value > max)) {
      const bounds = max === undefined ? `of at least ${min}` : `from ${min} to ${max}`;
      throw new UsageError(`--${name} must be a whole number ${bounds}, not "${text}"`);
    }
    return value;
  }

  /** One of `choices` (compared case-insensitively), or undefined when it was not given. */
  choice<T extends string>(name: string, choices: readonly T[]): T | undefined {
    const text = this.string(name);
    return text === undefined ? undefined : oneOf(`--${name}`, text, choices);
  }

  /** A required positional argument that must be one of `choices`; `what` names it in the error. */
  argChoice<T extends string>(index: number, what: string, choices: readonly T[]): T {
    return oneOf(what, this.arg(index), choices);
  }

  /** true for --on, false for --off, undefined for neither; both is a mistake. */
  toggle(on: string, off: string): boolean | undefined {
    if (this.flag(on) && this.flag(off)) throw new UsageError(`choose one of --${on} and --${off}`);
    if (this.flag(on)) return true;
    if (this.flag(off)) return false;
    return undefined;
  }
}

function oneOf<T extends string>(what: string, text: string, choices: readonly T[]): T {
  const found = choices.find((choice) => choice.toLowerCase() === text.trim().toLowerCase());
  if (found === undefined) throw new UsageError(`${what} must be one of ${choices.join(', ')}, not "${text}"`);
  return found;
}
