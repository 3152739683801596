// The app's messages: `m.key(inputs)` returns the text in the active language. Each language is
// one catalogue (messages/<locale>.json) compiled by Paraglide JS (scripts/i18n-compile.mjs).
// `m` is one small function per message with its English text inline, so a bundle keeps only
// the messages it uses; it asks the active language's module first. English is always there
// (the default and the fallback); another language's module is loaded on demand, so the window
// downloads only the active language (one lazy chunk per locale). Plurals go through Intl.PluralRules inside the
// compiled messages; numbers, dates and currency through Intl with `activeLocale()` (../format.ts).
//
// The active language is one per process: main sets it from Settings and the OS, the window
// from the state main sends. The CLI never sets it, so it stays in English.
import { setCurrent } from './paraglide/active.js';
import { BASE_LOCALE, type Locale } from './locales';

export * from './locales';

/** The messages of the active language, one tree-shakable function each. */
export * as m from './paraglide/messages/index.js';

const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<{ default: ReadonlyArray<(inputs?: object) => string> }>> = {
  vi: () => import('./paraglide/messages/vi.js'),
  fi: () => import('./paraglide/messages/fi.js'),
  mg: () => import('./paraglide/messages/mg.js'),
  tl: () => import('./paraglide/messages/tl.js'),
  yi: () => import('./paraglide/messages/yi.js'),
};

let currentLocale: Locale = BASE_LOCALE;

export function activeLocale(): Locale {
  return currentLocale;
}

/** Loads a language's messages (once) and makes it the active one. */
export async function setLocale(locale: Locale): Promise<void> {
  setCurrent(locale === 'en' ? null : (await LOADERS[locale]()).default);
  currentLocale = locale;
}
