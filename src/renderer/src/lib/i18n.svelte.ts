// The window speaks the language main chose (AppState.locale): that language's messages are
// loaded (a chunk of their own), then the page re-renders in it, with `lang` and `dir` set on
// the document so Yiddish mirrors the layout.
import { activeLocale, setLocale, textDirection, type Locale } from '@shared/i18n';

class I18n {
  /** The language the page is rendered in; changes only once its messages are loaded. */
  locale = $state<Locale>(activeLocale());
}

export const i18n = new I18n();

let wanted: Locale | null = null;

export async function follow(locale: Locale): Promise<void> {
  if (wanted === locale) return;
  wanted = locale;
  await setLocale(locale);
  if (wanted !== locale) return;
  document.documentElement.lang = locale;
  document.documentElement.dir = textDirection(locale);
  i18n.locale = locale;
}
