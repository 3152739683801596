// The command line, read with node:util parseArgs against the command table: the command
// words first (global options may sit anywhere), then that command's options and arguments.
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import type { CommandSpec } from './command-spec';
import { commandHelp, groupHelp, groupUsage, usageLine } from './help';
import { UsageError } from './usage-error';

export const GLOBAL_OPTIONS = {
  'api-url': { type: 'string' },
  profile: { type: 'string' },
  json: { type: 'boolean' },
  quiet: { type: 'boolean' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsOptionsConfig;

/** Global options that take a value, so the word after them is not a command word. */
const GLOBAL_VALUE_FLAGS = new Set(['--api-url', '--profile']);
const HELP_FLAGS = new Set(['--help', '-h']);

export interface GlobalOptions {
  apiUrl?: string;
  profile?: string;
  json: boolean;
  quiet: boolean;
  verbose: boolean;
}

export type ParsedCommandLine =
  | { kind: 'help'; text: string }
  | { kind: 'command'; spec: CommandSpec; args: Args; globals: GlobalOptions };

type Value = string | boolean | Array<string | boolean> | undefined;

/** One command's options and arguments, read with the checks every command needs. */
export class Args {
  constructor(
    private readonly values: Record<string, Value>,
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
    if (text === undefined) return undefined;
    const found = choices.find((choice) => choice.toLowerCase() === text.trim().toLowerCase());
    if (found === undefined) throw new UsageError(`--${name} must be one of ${choices.join(', ')}, not "${text}"`);
    return found;
  }

  /** true for --on, false for --off, undefined for neither; both is a mistake. */
  toggle(on: string, off: string): boolean | undefined {
    if (this.flag(on) && this.flag(off)) throw new UsageError(`choose one of --${on} and --${off}`);
    if (this.flag(on)) return true;
    if (this.flag(off)) return false;
    return undefined;
  }
}

export function parseCommandLine(argv: readonly string[], commands: readonly CommandSpec[]): ParsedCommandLine {
  const { spec, prefix, wordIndexes } = findCommand(argv, commands);
  const wantsHelp = beforeDoubleDash(argv).some((token) => HELP_FLAGS.has(token));
  if (spec === undefined) {
    if (wantsHelp) return { kind: 'help', text: groupHelp(prefix, commands) };
    const message = prefix.length === 0 ? 'missing command' : `${['vps', ...prefix].join(' ')} needs a command`;
    throw new UsageError(message, groupUsage(prefix, commands));
  }
  if (wantsHelp) return { kind: 'help', text: commandHelp(spec) };

  const rest = argv.filter((_, index) => !wordIndexes.includes(index));
  const { values, positionals } = readOptions(rest, spec);
  const expected = spec.positionals ?? [];
  if (positionals.length < expected.length) throw new UsageError(`missing ${expected[positionals.length]}`, `usage: ${usageLine(spec)}`);
  if (positionals.length > expected.length) {
    throw new UsageError(`unexpected argument "${positionals[expected.length]}"`, `usage: ${usageLine(spec)}`);
  }
  const args = new Args(values, positionals);
  if (args.flag('json') && args.flag('quiet')) throw new UsageError('choose one of --json and --quiet', `usage: ${usageLine(spec)}`);
  const globals: GlobalOptions = { json: args.flag('json'), quiet: args.flag('quiet'), verbose: args.flag('verbose') };
  const apiUrl = args.string('api-url');
  const profile = args.string('profile');
  if (apiUrl !== undefined) globals.apiUrl = apiUrl;
  if (profile !== undefined) globals.profile = profile;
  return { kind: 'command', spec, args, globals };
}

function beforeDoubleDash(argv: readonly string[]): readonly string[] {
  const end = argv.indexOf('--');
  return end === -1 ? argv : argv.slice(0, end);
}

interface Found {
  spec: CommandSpec | undefined;
  /** The command words read so far: the whole path of `spec`, or a group such as ['dns']. */
  prefix: string[];
  wordIndexes: number[];
}

function findCommand(argv: readonly string[], commands: readonly CommandSpec[]): Found {
  const prefix: string[] = [];
  const wordIndexes: number[] = [];
  let candidates = commands;
  for (let index = 0; index < argv.length; index++) {
    const token = argv[index] ?? '';
    if (token === '--') break;
    if (token.startsWith('-')) {
      if (GLOBAL_VALUE_FLAGS.has(token)) index++;
      continue;
    }
    const depth = prefix.length;
    const matching = candidates.filter((spec) => spec.path[depth] === token);
    if (matching.length === 0) {
      const group = ['vps', ...prefix].join(' ');
      throw new UsageError(`unknown command "${[...prefix, token].join(' ')}"`, `Run "${group} --help" to see the commands.`);
    }
    prefix.push(token);
    wordIndexes.push(index);
    candidates = matching;
    const leaf = candidates.find((spec) => spec.path.length === prefix.length);
    if (leaf) return { spec: leaf, prefix, wordIndexes };
  }
  return { spec: undefined, prefix, wordIndexes };
}

function readOptions(rest: string[], spec: CommandSpec): { values: Record<string, Value>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args: rest, options: { ...GLOBAL_OPTIONS, ...spec.options }, allowPositionals: true, strict: true });
    return { values: parsed.values as Record<string, Value>, positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError(describeParseError(error), `usage: ${usageLine(spec)}`);
  }
}

/** parseArgs' messages are written for developers; these say the same for the person typing. */
function describeParseError(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const text = message ?? '';
  const flag = /'(-[^' ]+)/.exec(text)?.[1] ?? 'an option';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${flag}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (text.includes('does not take an argument')) return `${flag} does not take a value`;
    if (text.includes('ambiguous')) return `${flag} needs a value; to give one that starts with "-", write ${flag}=VALUE`;
    return `${flag} needs a value`;
  }
  return text === '' ? 'the command line could not be read' : text;
}
