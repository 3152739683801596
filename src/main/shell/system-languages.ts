// The OS's preferred languages, most preferred first ("fi-FI", "en-US"), for the app core to
// pick the language of the window, the tray and the notifications. Call after app 'ready'.
import { app } from 'electron';

export function systemLanguages(): string[] {
  try {
    const preferred = app.getPreferredSystemLanguages();
    return preferred.length > 0 ? preferred : [app.getLocale()];
  } catch {
    return [];
  }
}
