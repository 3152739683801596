// One entry of the command table: the words that name it, what it takes, and what it does.
import type { ParseArgsOptionsConfig } from 'node:util';
import type { Args } from './command-args';
import type { CliContext } from './context';
import type { Result } from './output';

export interface CommandSpec {
  /** The command words, e.g. ['dns', 'records', 'add']. */
  path: readonly string[];
  /** What follows the command words in a usage line, e.g. "ZONE --type T --name N". */
  usage: string;
  /** One or two sentences for --help. */
  summary: string;
  /** Names of the required positional arguments, in order, e.g. ['SERVER']. */
  positionals?: readonly string[];
  options?: ParseArgsOptionsConfig;
  run(ctx: CliContext, args: Args): Promise<Result>;
}
