// The part of the bash and zsh scripts the two shells share: the grammar as `case` tables, and
// one function that walks the words typed so far and prints the candidates for the word under
// the cursor, one a line. Cached names come from `vps __complete KIND`, which reads the app's
// cache and never the API; a line "@files" asks the shell for file names instead.
import type { ValueSource } from '../command-spec';
import type { Grammar, OptionGrammar } from './grammar';

/** FILES_MARK on a line of its own: complete file names. */
export const FILES_MARK = '@files';

/** A word for sh, bash and zsh alike, in single quotes unless it needs none. */
function shQuote(text: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

const printLines = (words: readonly string[]): string => `printf '%s\\n' ${words.map(shQuote).join(' ')}`;

/** One `case` arm per key; keys with the same body share an arm. */
function caseArms(entries: ReadonlyArray<readonly [string, string]>): string[] {
  const byBody = new Map<string, string[]>();
  for (const [key, body] of entries) byBody.set(body, [...(byBody.get(body) ?? []), key]);
  return [...byBody].map(([body, keys]) => `    ${keys.map(shQuote).join('|')}) ${body} ;;`);
}

function valuesBody(values: ValueSource): string {
  if ('choices' in values) return printLines(values.choices);
  if ('names' in values) return `_vps_names ${values.names} "$3"`;
  return `printf '%s\\n' ${FILES_MARK}`;
}

const flags = (options: readonly OptionGrammar[]): string[] => options.map((option) => option.flag);

export function posixFunctions(grammar: Grammar): string {
  const valueFlags = grammar.globals.filter((o) => o.takesValue).map((o) => o.flag);
  const commandValueFlags = grammar.commands.flatMap((c) => c.options.filter((o) => o.takesValue).map((o) => [`${c.path} ${o.flag}`, 'return 0'] as const));
  const values = grammar.commands.flatMap((c) => [
    ...c.options.flatMap((o) => (o.values ? [[`${c.path} ${o.flag}`, valuesBody(o.values)] as const] : [])),
    ...c.positionals.flatMap((source, index) => (source ? [[`${c.path} #${index}`, valuesBody(source)] as const] : [])),
  ]);
  return [
    '# The command words after each group.',
    '_vps_words() {',
    '  case $1 in',
    ...caseArms([...grammar.groups].map(([prefix, words]) => [prefix, printLines(words.map((w) => w.word))] as const)),
    '  esac',
    '}',
    '',
    '# Whether the words name a whole command (after which come its arguments).',
    '_vps_is_command() {',
    '  case $1 in',
    ...caseArms(grammar.commands.map((c) => [c.path, 'return 0'] as const)),
    '  esac',
    '  return 1',
    '}',
    '',
    '# The options after the words typed so far.',
    '_vps_options() {',
    '  case $1 in',
    ...caseArms([
      ...grammar.commands.filter((c) => c.options.length > 0).map((c) => [c.path, printLines(flags(c.options))] as const),
      ...(grammar.rootFlags.length > 0 ? [['', printLines(flags(grammar.rootFlags))] as const] : []),
    ]),
    '  esac',
    `  ${printLines(flags(grammar.globals))}`,
    '}',
    '',
    '# Whether option $2 of command $1 takes a value (the next word).',
    '_vps_takes_value() {',
    '  case $2 in',
    ...caseArms(valueFlags.map((flag) => [flag, 'return 0'] as const)),
    '  esac',
    '  case "$1 $2" in',
    ...caseArms(commandValueFlags),
    '  esac',
    '  return 1',
    '}',
    '',
    '# The values of option $2 (or of positional argument #N) of command $1; $3 is --profile.',
    '_vps_values() {',
    '  case "$1 $2" in',
    ...caseArms(values),
    '  esac',
    '}',
    '',
    '# Server, domain or zone names from the cache the app keeps, for the profile in use.',
    '_vps_names() {',
    '  if [ -n "$2" ]; then',
    '    command vps __complete "$1" --profile "$2" 2>/dev/null',
    '  else',
    '    command vps __complete "$1" 2>/dev/null',
    '  fi',
    '}',
    '',
    '# The candidates for the word under the cursor ($1), after the words before it ($2 …).',
    '_vps_candidates() {',
    '  local cur="$1" cmd="" want="" profile="" word="" npos=0 rest=""',
    '  shift',
    '  for word in "$@"; do',
    '    if [ -n "$want" ]; then',
    '      if [ "$want" = --profile ]; then profile=$word; fi',
    '      want=""',
    '      continue',
    '    fi',
    '    if [ -z "$rest" ]; then',
    '      case $word in',
    '        --) rest=1; continue ;;',
    '        --*=*) continue ;;',
    '        -*) if _vps_takes_value "$cmd" "$word"; then want=$word; fi; continue ;;',
    '      esac',
    '    fi',
    '    if _vps_is_command "$cmd"; then npos=$((npos + 1)); else cmd="${cmd:+$cmd }$word"; fi',
    '  done',
    '  if [ -n "$want" ]; then _vps_values "$cmd" "$want" "$profile"; return; fi',
    '  case $cur in',
    '    -*) if [ -z "$rest" ]; then _vps_options "$cmd"; fi; return ;;',
    '  esac',
    '  if _vps_is_command "$cmd"; then _vps_values "$cmd" "#$npos" "$profile"; else _vps_words "$cmd"; fi',
    '}',
  ].join('\n');
}
