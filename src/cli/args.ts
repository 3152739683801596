// The command line, read with node:util parseArgs against the command table: the command
// words first (global options may sit anywhere), then that command's options and arguments.
import { parseArgs } from 'node:util';
import { Args, type OptionValue } from './command-args';
import type { CommandSpec } from './command-spec';
import { GLOBAL_OPTIONS, type GlobalOptions } from './global-options';
import { commandHelp, groupHelp, groupUsage, usageLine } from './help';
import { UsageError } from './usage-error';

/** Global options that take a value, so the word after them is not a command word. */
const GLOBAL_VALUE_FLAGS = new Set(Object.entries(GLOBAL_OPTIONS).flatMap(([name, option]) => (option.type === 'string' ? [`--${name}`] : [])));
const HELP_FLAGS = new Set(['--help', '-h']);

export type ParsedCommandLine =
  | { kind: 'help'; text: string }
  | { kind: 'command'; spec: CommandSpec; args: Args; globals: GlobalOptions };

export function parseCommandLine(argv: readonly string[], commands: readonly CommandSpec[]): ParsedCommandLine {
  const found = findCommand(argv, commands);
  const { prefix, wordIndexes } = found;
  const wantsHelp = beforeDoubleDash(argv).some((token) => HELP_FLAGS.has(token));
  let spec = found.spec;
  let rest = argv.filter((_, index) => !wordIndexes.includes(index));
  if (spec === undefined && prefix.length === 0 && !wantsHelp) {
    // A line that names no command may still hold a root flag such as --version.
    const flagAt = beforeDoubleDash(argv).findIndex((token) => commands.some((candidate) => candidate.rootFlag === token));
    if (flagAt !== -1) {
      spec = commands.find((candidate) => candidate.rootFlag === argv[flagAt]);
      rest = argv.filter((_, index) => index !== flagAt);
    }
  }
  if (spec === undefined) {
    if (wantsHelp) return { kind: 'help', text: groupHelp(prefix, commands) };
    const message = prefix.length === 0 ? 'missing command' : `${['vps', ...prefix].join(' ')} needs a command`;
    throw new UsageError(message, groupUsage(prefix, commands));
  }
  if (wantsHelp) return { kind: 'help', text: commandHelp(spec) };

  const { values, positionals } = readOptions(rest, spec);
  const expected = spec.positionals ?? [];
  const required = expected.filter((positional) => !positional.optional).length;
  if (positionals.length < required) throw new UsageError(`missing ${expected[positionals.length]?.name}`, `usage: ${usageLine(spec)}`);
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

function readOptions(rest: string[], spec: CommandSpec): { values: Record<string, OptionValue>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args: rest, options: { ...GLOBAL_OPTIONS, ...spec.options }, allowPositionals: true, strict: true });
    return { values: parsed.values as Record<string, OptionValue>, positionals: parsed.positionals };
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
