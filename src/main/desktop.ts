// What the desktop does for the app: notifications, the clipboard, dialogs, the window, start
// at login and quitting. The Electron shell implements it (src/main/shell/electron-desktop.ts);
// tests pass a recording fake (src/main/testing/app-harness.ts).
import type { WindowTarget } from '@shared/ipc-contract';
import type { AppNotification } from '../core/services/app-notification';

export interface Desktop {
  /** A click on the notification opens the window at `target`. */
  notify(n: AppNotification): void;
  /** Resolves once the text is on the clipboard (Electron's clipboard.writeText is asynchronous and can fail). */
  writeClipboard(text: string): Promise<void>;
  saveFile(opts: { defaultName: string; content: string }): Promise<{ saved: boolean; path?: string }>;
  confirm(opts: { message: string; detail?: string; confirmLabel: string }): Promise<boolean>;
  showWindow(target?: WindowTarget): void;
  /** Opens an allow-listed https page (the token page) in the user's browser. */
  openExternal(url: string): void;
  /** Shows the folder of the log for bug reports (src/core/log) in the file manager; rejects with what went wrong. */
  openLogFolder(): Promise<void>;
  setStartAtLogin(enabled: boolean): void;
  quit(): void;
}
