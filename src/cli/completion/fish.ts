// `vps completion fish`: the same walk as the bash and zsh scripts (posix.ts), in fish, behind
// one `complete` line; command words come with their summaries, which fish shows beside them.
import type { ValueSource } from '../command-spec';
import type { Grammar, OptionGrammar } from './grammar';

function fishQuote(text: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/[\\']/g, '\\$&')}'`;
}

const printLines = (words: readonly string[]): string => `printf '%s\\n' ${words.map(fishQuote).join(' ')}`;

/** `case` blocks; keys with the same body share one. */
function cases(entries: ReadonlyArray<readonly [string, string]>): string[] {
  const byBody = new Map<string, string[]>();
  for (const [key, body] of entries) byBody.set(body, [...(byBody.get(body) ?? []), key]);
  return [...byBody].flatMap(([body, keys]) => [`        case ${keys.map((key) => (key === '' ? "''" : fishQuote(key))).join(' ')}`, `            ${body}`]);
}

function valuesBody(values: ValueSource): string {
  if ('choices' in values) return printLines(values.choices);
  if ('names' in values) return `__vps_names ${values.names} $argv[3]`;
  return '__fish_complete_path (commandline -ct)';
}

const flags = (options: readonly OptionGrammar[]): string[] => options.map((option) => option.flag);

export function fishScript(grammar: Grammar, header: string): string {
  const valueFlags = grammar.globals.filter((o) => o.takesValue).map((o) => [o.flag, 'return 0'] as const);
  const commandValueFlags = grammar.commands.flatMap((c) => c.options.filter((o) => o.takesValue).map((o) => [`${c.path} ${o.flag}`, 'return 0'] as const));
  const values = grammar.commands.flatMap((c) => [
    ...c.options.flatMap((o) => (o.values ? [[`${c.path} ${o.flag}`, valuesBody(o.values)] as const] : [])),
    ...c.positionals.flatMap((source, index) => (source ? [[`${c.path} #${index}`, valuesBody(source)] as const] : [])),
  ]);
  const words = [...grammar.groups].map(
    ([prefix, entries]) => [prefix, `printf '%s\\t%s\\n' ${entries.flatMap((e) => [e.word, e.summary]).map(fishQuote).join(' ')}`] as const,
  );
  const options = [
    ...grammar.commands.filter((c) => c.options.length > 0).map((c) => [c.path, printLines(flags(c.options))] as const),
    ...(grammar.rootFlags.length > 0 ? [['', printLines(flags(grammar.rootFlags))] as const] : []),
  ];
  return [
    header,
    '',
    '# The command words after each group, with what they do.',
    'function __vps_words',
    '    switch $argv[1]',
    ...cases(words),
    '    end',
    'end',
    '',
    '# Whether the words name a whole command (after which come its arguments).',
    'function __vps_is_command',
    '    switch $argv[1]',
    ...cases(grammar.commands.map((c) => [c.path, 'return 0'] as const)),
    '    end',
    '    return 1',
    'end',
    '',
    '# The options after the words typed so far.',
    'function __vps_options',
    '    switch $argv[1]',
    ...cases(options),
    '    end',
    `    ${printLines(flags(grammar.globals))}`,
    'end',
    '',
    '# Whether option $argv[2] of command $argv[1] takes a value (the next word).',
    'function __vps_takes_value',
    '    switch $argv[2]',
    ...cases(valueFlags),
    '    end',
    '    switch "$argv[1] $argv[2]"',
    ...cases(commandValueFlags),
    '    end',
    '    return 1',
    'end',
    '',
    '# The values of option $argv[2] (or of positional argument #N) of command $argv[1]; $argv[3] is --profile.',
    'function __vps_values',
    '    switch "$argv[1] $argv[2]"',
    ...cases(values),
    '    end',
    'end',
    '',
    '# Server, domain or zone names from the cache the app keeps, for the profile in use.',
    'function __vps_names',
    '    if test -n "$argv[2]"',
    '        command vps __complete $argv[1] --profile $argv[2] 2>/dev/null',
    '    else',
    '        command vps __complete $argv[1] 2>/dev/null',
    '    end',
    'end',
    '',
    '# The candidates for the word under the cursor, after the words before it.',
    'function __vps_candidates',
    '    set -l typed (commandline -opc)',
    '    set -e typed[1]',
    "    set -l cmd ''",
    "    set -l want ''",
    "    set -l profile ''",
    "    set -l rest ''",
    '    set -l npos 0',
    '    for word in $typed',
    '        if test -n "$want"',
    '            if test "$want" = --profile',
    '                set profile $word',
    '            end',
    "            set want ''",
    '            continue',
    '        end',
    '        if test -z "$rest"',
    '            switch $word',
    '                case --',
    '                    set rest 1',
    '                    continue',
    "                case '--*=*'",
    '                    continue',
    "                case '-*'",
    '                    if __vps_takes_value "$cmd" $word',
    '                        set want $word',
    '                    end',
    '                    continue',
    '            end',
    '        end',
    '        if __vps_is_command "$cmd"',
    '            set npos (math $npos + 1)',
    '        else if test -z "$cmd"',
    '            set cmd $word',
    '        else',
    '            set cmd "$cmd $word"',
    '        end',
    '    end',
    '    if test -n "$want"',
    '        __vps_values "$cmd" $want "$profile"',
    '        return',
    '    end',
    "    if string match -q -- '-*' (commandline -ct)",
    '        if test -z "$rest"',
    '            __vps_options "$cmd"',
    '        end',
    '        return',
    '    end',
    '    if __vps_is_command "$cmd"',
    '        __vps_values "$cmd" "#$npos" "$profile"',
    '    else',
    '        __vps_words "$cmd"',
    '    end',
    'end',
    '',
    "complete --command vps --no-files --arguments '(__vps_candidates)'",
    '',
  ].join('\n');
}
