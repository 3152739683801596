// The Desktop the app core needs (src/main/desktop.ts), implemented with Electron: notifications,
// the clipboard, dialogs, start at login and quitting.
import { writeFile } from 'node:fs/promises';
import { app, clipboard, dialog, Notification, type BrowserWindow } from 'electron';
import type { Desktop } from '../desktop';
import type { View } from '@shared/app-state';
import { setXdgAutostart } from '../xdg-autostart';

export interface ElectronDesktopDeps {
  window: () => BrowserWindow | null;
  showWindow: (target?: { view: View; id?: number | string }) => void;
  iconPath: string;
  quit: () => void;
}

export function createElectronDesktop(deps: ElectronDesktopDeps): Desktop {
  return {
    notify({ title, body, target }) {
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title, body, icon: deps.iconPath, silent: false });
      notification.on('click', () => deps.showWindow(target));
      notification.show();
    },
    writeClipboard(text) {
      clipboard.writeText(text);
    },
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
    setStartAtLogin(enabled) {
      if (process.platform === 'linux') {
        setXdgAutostart(enabled, [process.execPath, ...(app.isPackaged ? [] : [app.getAppPath()])]);
      } else {
        app.setLoginItemSettings({ openAtLogin: enabled });
      }
    },
    quit: deps.quit,
  };
}
