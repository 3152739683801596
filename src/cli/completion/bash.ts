// `vps completion bash`: the shared walker (posix.ts) behind a `complete -F` function.
import type { Grammar } from './grammar';
import { FILES_MARK, posixFunctions } from './posix';

export function bashScript(grammar: Grammar, header: string): string {
  return [
    header,
    '',
    posixFunctions(grammar),
    '',
    '_vps() {',
    '  local cur="${COMP_WORDS[COMP_CWORD]}" line',
    '  COMPREPLY=()',
    '  while IFS= read -r line; do',
    `    if [[ $line == ${FILES_MARK} ]]; then`,
    '      compopt -o filenames 2>/dev/null',
    '      mapfile -t COMPREPLY < <(compgen -f -- "$cur")',
    '      return 0',
    '    fi',
    '    if [[ -n $line && $line == "$cur"* ]]; then COMPREPLY+=("$line"); fi',
    '  done < <(_vps_candidates "$cur" "${COMP_WORDS[@]:1:COMP_CWORD-1}")',
    '}',
    'complete -F _vps vps',
    '',
  ].join('\n');
}
