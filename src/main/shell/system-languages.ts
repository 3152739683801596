// The OS's preferred languages, most preferred first ("fi-FI", "en-US"), for the app core to
// pick the language of the window, the tray and the notifications. Call after app 'ready'
// (getLocale needs it on Windows); then neither call throws.
import { app } from 'electron';

export function systemLanguages(): string[] {
  const preferred = app.getPreferredSystemLanguages();
  // Some Linux sessions name no language: the locale Chromium picked for the app then says it.
  return preferred.length > 0 ? preferred : [app.getLocale()];
}
