// The one app window: created hidden, shown from the tray, hidden (not destroyed) on close so
// the app keeps living in the tray.
import { BrowserWindow } from 'electron';
import { lockDownContents, secureWebPreferences } from './security';

export const WINDOW_SIZE = { width: 880, height: 620, minWidth: 720, minHeight: 520 } as const;

export interface WindowOptions {
  preloadPath: string;
  /** The renderer: the dev server's URL in development, app://vps-tray/index.html otherwise. */
  rendererUrl: string;
  isAppUrl: (url: string) => boolean;
  /** Off in the packaged app: no DevTools, from the keyboard or otherwise. */
  devTools: boolean;
  iconPath?: string;
  onVisibilityChange: (visible: boolean) => void;
  /** True once the app is quitting: then closing really closes. */
  isQuitting: () => boolean;
}

export function createMainWindow(options: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    ...WINDOW_SIZE,
    show: false,
    title: 'VPS Tray',
    autoHideMenuBar: true,
    backgroundColor: '#00000000',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: secureWebPreferences(options.preloadPath, { devTools: options.devTools }),
  });
  lockDownContents(win.webContents, options.isAppUrl);

  win.on('close', (event) => {
    if (options.isQuitting()) return;
    event.preventDefault();
    win.hide();
  });
  win.on('show', () => options.onVisibilityChange(true));
  win.on('hide', () => options.onVisibilityChange(false));

  void win.loadURL(options.rendererUrl);
  return win;
}

export function revealWindow(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
