// What a completion script needs to know, derived from the command table that --help reads:
// the command words after each group, each command's options and positional arguments, and
// where their values come from.
import type { CommandSpec, OptionSpec, ValueSource } from '../command-spec';
import { GLOBAL_OPTIONS } from '../global-options';
import { firstSentence } from '../help';

export interface WordGrammar {
  word: string;
  /** A few words for shells that show them: the command's first sentence, or a group's commands. */
  summary: string;
}

export interface OptionGrammar {
  flag: string;
  takesValue: boolean;
  values?: ValueSource;
}

export interface CommandGrammar {
  /** The command words joined by spaces, e.g. "servers list". */
  path: string;
  options: OptionGrammar[];
  /** What each positional argument completes to, by position; undefined for free text. */
  positionals: Array<ValueSource | undefined>;
}

export interface Grammar {
  /** Keyed by the words before them joined by spaces: "" for the root, "dns" for vps dns …. */
  groups: Map<string, WordGrammar[]>;
  commands: CommandGrammar[];
  /** The options every command takes. */
  globals: OptionGrammar[];
  /** Flags of the bare `vps`, such as --version. */
  rootFlags: OptionGrammar[];
}

function optionGrammar(name: string, option: OptionSpec): OptionGrammar {
  return { flag: `--${name}`, takesValue: option.type === 'string', ...(option.values ? { values: option.values } : {}) };
}

function optionsOf(options: Readonly<Record<string, OptionSpec>> | undefined): OptionGrammar[] {
  return Object.entries(options ?? {}).map(([name, option]) => optionGrammar(name, option));
}

export function completionGrammar(specs: readonly CommandSpec[]): Grammar {
  const shown = specs.filter((spec) => !spec.hidden);
  const groups = new Map<string, WordGrammar[]>();
  for (const spec of shown) {
    spec.path.forEach((word, depth) => {
      const prefix = spec.path.slice(0, depth).join(' ');
      const words = groups.get(prefix) ?? [];
      if (!words.some((known) => known.word === word)) {
        const isCommand = depth === spec.path.length - 1;
        words.push({ word, summary: isCommand ? firstSentence(spec.summary) : '' });
      }
      groups.set(prefix, words);
    });
  }
  // A group's summary lists its commands, as `vps <group> --help` would.
  for (const [prefix, words] of groups) {
    for (const entry of words) {
      if (entry.summary !== '') continue;
      const below = groups.get(prefix === '' ? entry.word : `${prefix} ${entry.word}`) ?? [];
      entry.summary = below.map((w) => w.word).join(', ');
    }
  }
  return {
    groups,
    commands: shown.map((spec) => ({
      path: spec.path.join(' '),
      options: optionsOf(spec.options),
      positionals: (spec.positionals ?? []).map((positional) => positional.values),
    })),
    globals: optionsOf(GLOBAL_OPTIONS),
    rootFlags: shown.flatMap((spec) => (spec.rootFlag === undefined ? [] : [{ flag: spec.rootFlag, takesValue: false }])),
  };
}
