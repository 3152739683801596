// The Electron application: single-instance lock, tray, window, IPC, power events. Everything
// it drives lives in src/main/app.ts and runs under plain Node; this file only connects it to
// Electron.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, powerMonitor, session, type BrowserWindow } from 'electron';
import type { App } from '../app';
import type { View } from '@shared/app-state';
import { createElectronDesktop } from './electron-desktop';
import { registerIpc, sendEvent } from './ipc';
import { createMainWindow, revealWindow } from './window';
import { createTray } from './tray';
import { denyAllPermissions, enforceCsp, lockDownContents } from './security';
import { openDataStore } from '../../core/store/data-store';
import { isTrustedSender, type AppOrigin } from '../ipc/sender';
import { createDispatcher } from '../ipc/dispatcher';
import type { Store } from '../../core/store/store';
import { startsHidden } from '../launch';

export const APP_USER_MODEL_ID = 'org.vps.tray';

export interface ShellEntry {
  /** Builds the app core once Electron is ready (the composition root decides what goes in). */
  createApp: (deps: { store: Store; storeRecovered: string | null; desktop: ReturnType<typeof createElectronDesktop> }) => App;
}

export function runShell(entry: ShellEntry): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.setAppUserModelId(APP_USER_MODEL_ID);
  // A tray app: no dock icon on macOS, and closing the window does not quit.
  app.dock?.hide();
  app.on('window-all-closed', () => {});

  const outDir = path.join(__dirname, '..');
  const resourcesDir = path.join(__dirname, '..', '..', 'resources');
  const devServer = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
  const rendererFile = path.join(outDir, 'renderer', 'index.html');
  const appOrigin: AppOrigin = devServer ? { kind: 'dev', url: devServer } : { kind: 'file', file: rendererFile };
  const rendererUrl = devServer ?? pathToFileURL(rendererFile).toString();
  const isAppUrl = (url: string) => isTrustedSender({ url, isMainFrame: true }, appOrigin);

  let quitting = false;
  let win: BrowserWindow | null = null;
  let core: App | null = null;

  const showWindow = (target?: { view: View; id?: number | string }) => {
    if (!win) return;
    revealWindow(win);
    if (target) sendEvent(win.webContents, 'navigate', target);
  };
  const quit = () => {
    quitting = true;
    app.quit();
  };

  app.on('second-instance', () => showWindow());
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, isAppUrl));

  void app.whenReady().then(async () => {
    denyAllPermissions(session.defaultSession);
    if (!devServer) enforceCsp(session.defaultSession);

    const { store, recovered } = openDataStore(app.getPath('userData'));
    const desktop = createElectronDesktop({ window: () => win, showWindow, iconPath: path.join(resourcesDir, 'icon.png'), quit });
    core = entry.createApp({ store, storeRecovered: recovered, desktop });
    const current = core;

    registerIpc({
      dispatch: createDispatcher(current.handlers),
      isTrustedSender: (sender) => isTrustedSender(sender, appOrigin),
    });

    win = createMainWindow({
      preloadPath: path.join(outDir, 'preload', 'index.cjs'),
      rendererUrl,
      isAppUrl,
      iconPath: path.join(resourcesDir, 'icon.png'),
      onVisibilityChange: (visible) => current.setWindowVisible(visible),
      isQuitting: () => quitting,
    });
    const contents = win.webContents;
    if (!startsHidden(process.argv, app.getLoginItemSettings().wasOpenedAtLogin)) win.once('ready-to-show', () => showWindow());

    const tray = createTray({
      resourcesDir,
      state: () => current.state(),
      run: (command) => void current.runTrayCommand(command),
      onClick: () => showWindow(),
    });
    current.onState((state) => {
      tray.update();
      sendEvent(contents, 'state', state);
    });

    powerMonitor.on('resume', () => void current.resume());
    // Quitting waits for the core to stop its timers and write its last state, then quits again.
    let stopped = false;
    app.on('will-quit', (event) => {
      if (stopped) return;
      event.preventDefault();
      tray.destroy();
      void current
        .stop()
        .catch((error: unknown) => console.error('VPS Tray could not stop cleanly:', error))
        .finally(() => {
          stopped = true;
          app.quit();
        });
    });
    await current.start();
  });
}
