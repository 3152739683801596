// The languages of the app and how one is chosen: the user's choice in Settings, else the
// first of the OS's preferred languages that the app has, else English.

export const LOCALES = ['en', 'vi', 'fi', 'mg', 'tl', 'yi'] as const;
export type Locale = (typeof LOCALES)[number];
export const BASE_LOCALE: Locale = 'en';

/** The Settings choice: follow the OS, or one language. */
export const LANGUAGE_CHOICES = ['system', ...LOCALES] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/** Each language named in itself, as a language menu shows it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  vi: 'Tiếng Việt',
  fi: 'Suomi',
  mg: 'Malagasy',
  tl: 'Tagalog',
  yi: 'ייִדיש',
};

/** Tags the OS may use for a language the app has under another code. */
const ALIASES: Record<string, Locale> = { fil: 'tl', ji: 'yi' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** "fi-FI" → "fi", "fil-PH" → "tl", "de-DE" → null. */
export function localeOfTag(tag: string): Locale | null {
  const language = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const known = ALIASES[language] ?? language;
  return isLocale(known) ? known : null;
}

/** The language to show: the user's choice, else the OS's first known preference, else English. */
export function resolveLocale(choice: LanguageChoice, preferred: readonly string[]): Locale {
  if (choice !== 'system') return choice;
  for (const tag of preferred) {
    const locale = localeOfTag(tag);
    if (locale) return locale;
  }
  return BASE_LOCALE;
}

export function textDirection(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'yi' ? 'rtl' : 'ltr';
}
