// The app's messages: `m.key(inputs)` returns the text in the active language. Each language is
// one catalogue (messages/<locale>.json) compiled by Paraglide JS into a module of functions
// (paraglide/messages/<locale>.js, see scripts/i18n-compile.mjs). English is always loaded (it is
// the default and the fallback); another language's module is loaded on demand, so the window
// downloads only the active language (one lazy chunk per locale). Plurals go through
// Intl.PluralRules inside the compiled messages; numbers, dates and currency through Intl with
// `activeLocale()` (see ../format.ts).
//
// The active language is one per process: main sets it from Settings and the OS, the window
// from the state main sends. The CLI never sets it, so it stays in English.
import * as en from './paraglide/messages/en.js';
import { BASE_LOCALE, type Locale } from './locales';

export * from './locales';

type Compiled = typeof en;
type Inputs<F> = F extends (inputs: infer I) => string ? I : never;
/** A message with no placeholder is called with no argument. */
export type Messages = {
  [K in keyof Compiled]: keyof Inputs<Compiled[K]> extends never ? (inputs?: Inputs<Compiled[K]>) => string : (inputs: Inputs<Compiled[K]>) => string;
};
export type MessageKey = keyof Messages;

const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<Compiled>> = {
  vi: () => import('./paraglide/messages/vi.js'),
  fi: () => import('./paraglide/messages/fi.js'),
  mg: () => import('./paraglide/messages/mg.js'),
  tl: () => import('./paraglide/messages/tl.js'),
  yi: () => import('./paraglide/messages/yi.js'),
};

let current: Compiled = en;
let currentLocale: Locale = BASE_LOCALE;

/** The messages of the active language (English for any message a catalogue would lack). */
export const m: Messages = new Proxy({} as Messages, {
  get: (_target, key) => (current as Record<PropertyKey, unknown>)[key] ?? (en as Record<PropertyKey, unknown>)[key],
});

export function activeLocale(): Locale {
  return currentLocale;
}

/** Loads a language's messages (once) and makes it the active one. */
export async function setLocale(locale: Locale): Promise<void> {
  const messages = locale === 'en' ? en : await LOADERS[locale]();
  current = messages;
  currentLocale = locale;
}
