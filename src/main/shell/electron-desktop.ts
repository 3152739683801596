// The Desktop the app core needs (src/main/desktop.ts), implemented with Electron: notifications,
// the clipboard, dialogs, start at login and quitting.
import { writeFile } from 'node:fs/promises';
import { app, clipboard, dialog, Notification, shell, type BrowserWindow } from 'electron';
import type { Desktop } from '../desktop';
import type { WindowTarget } from '@shared/ipc-contract';
import { setXdgAutostart } from '../xdg-autostart';
import { HIDDEN_ARG } from '../launch';
import { isAllowedExternalUrl } from './security';

export interface ElectronDesktopDeps {
  window: () => BrowserWindow | null;
  showWindow: (target?: WindowTarget) => void;
  iconPath: string;
  /** Where the log file lives (src/core/log/logger.ts). */
  logFolder: string;
  quit: () => void;
}

/** Enough for any burst of alerts; older ones are long gone from the screen. */
const MAX_LIVE_NOTIFICATIONS = 50;

export function createElectronDesktop(deps: ElectronDesktopDeps): Desktop {
  // Electron holds no reference to a shown Notification: one that nothing references can be
  // garbage-collected while on screen, and its click then never arrives. Keep each one until
  // it is clicked, closed or has failed.
  const live = new Set<Notification>();
  return {
    notify({ title, body, target }) {
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title, body, icon: deps.iconPath, silent: false });
      const release = () => live.delete(notification);
      notification.on('click', () => {
        release();
        deps.showWindow(target);
      });
      notification.on('close', release);
      notification.on('failed', release);
      live.add(notification);
      if (live.size > MAX_LIVE_NOTIFICATIONS) live.delete(live.values().next().value as Notification);
      notification.show();
    },
    writeClipboard: (text) => clipboard.writeText(text),
    async saveFile({ defaultName, content }) {
      const win = deps.window();
      const options = { defaultPath: defaultName, filters: [{ name: 'Calendar', extensions: ['ics'] }] };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return { saved: false };
      await writeFile(result.filePath, content, 'utf8');
      return { saved: true, path: result.filePath };
    },
    async confirm({ message, detail, confirmLabel }) {
      const win = deps.window();
      const options = { type: 'question' as const, message, detail, buttons: [confirmLabel, 'Cancel'], defaultId: 0, cancelId: 1, noLink: true };
      const result = win && win.isVisible() ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
      return result.response === 0;
    },
    showWindow: deps.showWindow,
    openExternal(url) {
      if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    },
    async openLogFolder() {
      // shell.openPath resolves with an error text instead of rejecting.
      const failure = await shell.openPath(deps.logFolder);
      if (failure) throw new Error(failure);
    },
    setStartAtLogin(enabled) {
      // Started at sign-in, the app stays in the tray (src/main/launch.ts).
      if (process.platform === 'linux') {
        setXdgAutostart(enabled, [process.execPath, ...(app.isPackaged ? [] : [app.getAppPath()]), HIDDEN_ARG]);
      } else {
        app.setLoginItemSettings({ openAtLogin: enabled, args: [HIDDEN_ARG] });
      }
    },
    quit: deps.quit,
  };
}
