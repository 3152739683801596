// The Electron application: single-instance lock, tray, window, IPC, power events. Everything
// it drives lives in src/main/app.ts and runs under plain Node; this file only connects it to
// Electron.
import path from 'node:path';
import { app, powerMonitor, protocol, session, type BrowserWindow } from 'electron';
import type { App } from '../app';
import type { WindowTarget } from '@shared/ipc-contract';
import { createElectronDesktop } from './electron-desktop';
import { registerIpc, sendEvent } from './ipc';
import { createMainWindow, revealWindow } from './window';
import { createTray } from './tray';
import { denyAllPermissions, lockDownContents } from './security';
import { setProductionMenu } from './app-menu';
import { APP_INDEX_URL, APP_SCHEME, serveAppFile } from '../app-protocol';
import { openDataStore } from '../../core/store/data-store';
import { isTrustedSender, type AppOrigin } from '../ipc/sender';
import { createDispatcher } from '../ipc/dispatcher';
import type { Store } from '../../core/store/store';
import { createLogger, logFile, type Logger } from '../../core/log/logger';
import { startsHidden } from '../launch';

export const APP_USER_MODEL_ID = 'org.vps.tray';

export interface ShellEntry {
  /** Builds the app core once Electron is ready (the composition root decides what goes in). */
  createApp: (deps: { store: Store; storeRecovered: string | null; desktop: ReturnType<typeof createElectronDesktop>; log: Logger }) => App;
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
  // Before ready, as Electron requires: app:// behaves like https (an origin, secure context).
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true } }]);

  const outDir = path.join(__dirname, '..');
  const resourcesDir = path.join(__dirname, '..', '..', 'resources');
  const devServer = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
  const rendererDir = path.join(outDir, 'renderer');
  const appOrigin: AppOrigin = devServer ? { kind: 'dev', url: devServer } : { kind: 'app' };
  const rendererUrl = devServer ?? APP_INDEX_URL;
  const isAppUrl = (url: string) => isTrustedSender({ url, isMainFrame: true }, appOrigin);

  let quitting = false;
  let win: BrowserWindow | null = null;
  let core: App | null = null;

  const showWindow = (target?: WindowTarget) => {
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
    protocol.handle(APP_SCHEME, (request) => serveAppFile(request.url, rendererDir));
    if (app.isPackaged) setProductionMenu();

    const userData = app.getPath('userData');
    const logPath = logFile(userData);
    const log = createLogger({ file: logPath });
    const { store, recovered } = openDataStore(userData);
    const desktop = createElectronDesktop({ window: () => win, showWindow, iconPath: path.join(resourcesDir, 'icon.png'), logFolder: path.dirname(logPath), quit });
    core = entry.createApp({ store, storeRecovered: recovered, desktop, log });
    const current = core;

    registerIpc({
      dispatch: createDispatcher(current.handlers),
      isTrustedSender: (sender) => isTrustedSender(sender, appOrigin),
    });

    // The tray first: it shows the cached servers while the window's page is still being made.
    const tray = createTray({
      resourcesDir,
      state: () => current.state(),
      run: (command) => void current.runTrayCommand(command),
      onClick: () => showWindow(),
    });
    // Logged once the tray is up: the logger's first line costs tens of milliseconds of start-up.
    log.info('app.start', { version: app.getVersion(), platform: process.platform, packaged: app.isPackaged });

    win = createMainWindow({
      preloadPath: path.join(outDir, 'preload', 'index.cjs'),
      rendererUrl,
      isAppUrl,
      devTools: !app.isPackaged,
      iconPath: path.join(resourcesDir, 'icon.png'),
      // A refresh it starts reports its own failure in the app state.
      onVisibilityChange: (visible) => void current.setWindowVisible(visible),
      isQuitting: () => quitting,
    });
    const contents = win.webContents;
    if (!startsHidden(process.argv, app.getLoginItemSettings().wasOpenedAtLogin)) win.once('ready-to-show', () => showWindow());
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
