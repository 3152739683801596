// One entry of the command table: the words that name it, what it takes, what --help and the
// completion scripts say about it, and how to load the code that runs it. The table itself
// imports no command code, so `vps --help`, a mistyped command and the completion scripts start
// without the HTTP client, the keychain or the schemas.
import type { Args } from './command-args';
import type { CliContext } from './context';
import type { CliIo } from './io';
import type { GlobalOptions } from './global-options';
import type { Result } from './output';

/** Things a completion script can offer by name, read from the cache the app keeps. */
export const NAME_KINDS = ['servers', 'domains', 'zones'] as const;
export type NameKind = (typeof NAME_KINDS)[number];

/** What a completion script offers for a value: fixed choices, cached names, or file names. */
export type ValueSource = { choices: readonly string[] } | { names: NameKind } | { files: true };

export interface OptionSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
  values?: ValueSource;
}

export interface PositionalSpec {
  /** As the usage line writes it, e.g. SERVER. */
  name: string;
  optional?: boolean;
  values?: ValueSource;
}

/** What commands that need neither the API nor the keychain run with. */
export interface LocalContext {
  readonly io: CliIo;
  readonly globals: GlobalOptions;
  /** The whole table, for the completion scripts. */
  readonly commands: readonly CommandSpec[];
}

export type CommandRun<TContext> = (ctx: TContext, args: Args) => Promise<Result>;

interface CommandInfo {
  /** The command words, e.g. ['dns', 'records', 'add']. */
  path: readonly string[];
  /** What follows the command words in a usage line, e.g. "ZONE --type T --name N". */
  usage: string;
  /** One or two sentences for --help. */
  summary: string;
  /** More for the command's own --help, e.g. how to install a completion script. */
  details?: string;
  /** The positional arguments, in order; all required ones come first. */
  positionals?: readonly PositionalSpec[];
  options?: Readonly<Record<string, OptionSpec>>;
  /** A flag that runs this command when the line names no other, e.g. --version. */
  rootFlag?: string;
  /** Left out of --help and the completion scripts: the scripts' own helper. */
  hidden?: true;
}

/**
 * `load` imports the command's group only when one of its commands runs. A `local` command
 * runs without the API context (whose modules load the client, the vault and the schemas).
 */
export type CommandSpec = CommandInfo &
  ({ local: true; load(): Promise<CommandRun<LocalContext>> } | { local?: undefined; load(): Promise<CommandRun<CliContext>> });

/**
 * `load` for each command of a group, from the group's module of runs: `const run =
 * lazyRuns(() => import('../commands/servers'))`, then `load: run('list')`.
 */
export function lazyRuns<TContext, TName extends string>(
  importGroup: () => Promise<{ RUNS: Record<TName, CommandRun<TContext>> }>,
): (name: TName) => () => Promise<CommandRun<TContext>> {
  return (name) => async () => (await importGroup()).RUNS[name];
}
