// `vps completion SHELL`: the script for one shell, generated from the command table.
import type { CommandSpec } from '../command-spec';
import { bashScript } from './bash';
import { fishScript } from './fish';
import { completionGrammar } from './grammar';
import type { Shell } from './shells';
import { zshScript } from './zsh';

const HEADER = [
  '# Completion for vps, the VPS Tray command, written by `vps completion` from its command table.',
  '# Server, domain and zone names come from the cache the app keeps; completing never calls the API.',
].join('\n');

const WRITERS = { bash: bashScript, zsh: zshScript, fish: fishScript } satisfies Record<Shell, unknown>;

export function completionScript(shell: Shell, commands: readonly CommandSpec[]): string {
  return WRITERS[shell](completionGrammar(commands), HEADER);
}
