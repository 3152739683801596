// Which language main speaks (tray menu, notifications) and the window shows: the Settings
// choice, else the first of the OS's preferred languages the app has (the shell reads them from
// Electron and passes them in as plain data), else English.
import { resolveLocale, setLocale, type LanguageChoice, type Locale } from '@shared/i18n';

export interface LocaleFollower {
  /** Loads the language the choice resolves to and reports it once it is active. */
  apply(choice: LanguageChoice): Promise<Locale>;
}

export function createLocaleFollower(deps: { systemLanguages: readonly string[]; onChange: (locale: Locale) => void }): LocaleFollower {
  let applied: Locale | null = null;
  let latest = 0;
  return {
    async apply(choice) {
      const locale = resolveLocale(choice, deps.systemLanguages);
      const call = ++latest;
      await setLocale(locale);
      // A later choice made while this one loaded wins.
      if (call === latest && locale !== applied) {
        applied = locale;
        deps.onChange(locale);
      }
      return locale;
    },
  };
}
