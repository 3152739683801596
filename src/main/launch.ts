// How the app was started decides whether its window opens: a person who starts it (first
// launch, the launcher, `npm start`, a second launch) sees the window; a start at sign-in
// (the login item passes --hidden; macOS says wasOpenedAtLogin) stays in the tray.

export const HIDDEN_ARG = '--hidden';

export function startsHidden(argv: readonly string[], openedAtLogin: boolean): boolean {
  return openedAtLogin || argv.includes(HIDDEN_ARG);
}
