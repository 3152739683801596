// `vps completion zsh`: the shared walker (posix.ts) behind a compsys function. Works both from
// a file named _vps in $fpath (autoloaded by compinit) and sourced after compinit.
import type { Grammar } from './grammar';
import { FILES_MARK, posixFunctions } from './posix';

export function zshScript(grammar: Grammar, header: string): string {
  return [
    '#compdef vps',
    header,
    '',
    posixFunctions(grammar),
    '',
    '_vps() {',
    '  local -a candidates',
    '  candidates=("${(@f)$(_vps_candidates "${words[CURRENT]}" "${(@)words[2,CURRENT-1]}")}")',
    `  if [[ $candidates[1] == ${FILES_MARK} ]]; then`,
    '    _files',
    '    return',
    '  fi',
    '  candidates=(${candidates:#})',
    '  compadd -a candidates',
    '}',
    '',
    '# Autoloaded from $fpath, this file is the body of _vps: run the completion. Sourced: register it.',
    'if [[ $funcstack[1] == _vps ]]; then',
    '  _vps "$@"',
    'else',
    '  compdef _vps vps',
    'fi',
    '',
  ].join('\n');
}
