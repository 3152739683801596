// Completes command lines in a real shell with a `vps completion` script loaded the way a person
// loads it, and returns what the shell offers for each. bash: the function `complete -p vps`
// names, called with COMP_WORDS and COMP_CWORD set as readline sets them; zsh: typed with a Tab
// in an interactive zsh in a pseudo-terminal (zsh-complete.zsh); fish: `complete -C`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Shell } from '../shells';

const ZSH_DRIVER = fileURLToPath(new URL('./zsh-complete.zsh', import.meta.url));

const BASH_DRIVER = `
source "$1" || exit 3
read -ra COMP_WORDS <<< "$2"
if [[ $2 == *' ' ]]; then COMP_WORDS+=(''); fi
COMP_CWORD=$(( \${#COMP_WORDS[@]} - 1 ))
COMP_LINE=$2
COMP_POINT=\${#2}
spec=$(complete -p vps) || exit 4
fn=\${spec##*-F }
fn=\${fn%% *}
"$fn" vps "\${COMP_WORDS[COMP_CWORD]}" "\${COMP_WORDS[COMP_CWORD-1]}"
printf '%s\\n' "\${COMPREPLY[@]}"
`;

/** Whether the shell is on this machine (npm test installs zsh and fish on Debian). */
export function hasShell(shell: Shell): boolean {
  return spawnSync(shell, ['-c', 'exit 0']).status === 0;
}

/** zsh loads the script with `source` after compinit, or from $fpath (the file must be named _vps). */
export type ZshLoading = 'source' | 'fpath';

export interface CompleteOptions {
  /** The shell's whole environment: PATH with `vps` on it, HOME, VPS_TRAY_DATA_DIR. */
  env: NodeJS.ProcessEnv;
  zsh?: ZshLoading;
}

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): string {
  const result = spawnSync(command, args, { env, encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) throw new Error(`${command} ${args.slice(-1).join(' ')} failed (${result.status ?? result.signal}): ${result.stderr}`);
  return result.stdout;
}

const lines = (text: string): string[] => text.split('\n').filter((line) => line !== '');

/** The matches for each line, in the order the shell gives them. */
export function completeIn(shell: Shell, script: string, commandLines: readonly string[], opts: CompleteOptions): string[][] {
  switch (shell) {
    case 'bash':
      return commandLines.map((line) => lines(run('bash', ['--norc', '--noprofile', '-c', BASH_DRIVER, 'bash', script, line], opts.env)));
    case 'fish':
      // fish writes "match<TAB>description".
      return commandLines.map((line) =>
        lines(run('fish', ['--no-config', '-c', 'source $argv[1]; and complete -C $argv[2]', script, line], opts.env)).map((entry) => entry.split('\t')[0] ?? ''),
      );
    case 'zsh': {
      // One shell for all the lines (compinit is slow to start); VPS_END ends each line's matches.
      const out = run('zsh', ['-f', ZSH_DRIVER, script, opts.zsh ?? 'source', ...commandLines], { ...opts.env, TERM: 'xterm' });
      const blocks: string[][] = [[]];
      for (const line of lines(out)) {
        if (line === 'VPS_END') blocks.push([]);
        else blocks.at(-1)?.push(line);
      }
      return blocks.slice(0, commandLines.length);
    }
  }
}
