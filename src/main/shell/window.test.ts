// The window factory and the IPC gate, with `electron` mocked: the real Electron binary cannot
// run here, so these tests pin down exactly what the shell asks of it.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => void;
  class FakeEmitter {
    listeners = new Map<string, Listener[]>();
    on(event: string, listener: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    emit(event: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(event) ?? []) listener(...args);
    }
  }
  class FakeWebContents extends FakeEmitter {
    windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.windowOpenHandler = handler;
    }
  }
  class FakeBrowserWindow extends FakeEmitter {
    static last: FakeBrowserWindow | null = null;
    webContents = new FakeWebContents();
    loaded: string | null = null;
    hidden = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      FakeBrowserWindow.last = this;
    }
    loadURL(url: string) {
      this.loaded = url;
      return Promise.resolve();
    }
    hide() {
      this.hidden = true;
    }
  }
  return {
    FakeBrowserWindow,
    FakeWebContents,
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
  };
});

vi.mock('electron', () => ({
  BrowserWindow: electron.FakeBrowserWindow,
  shell: electron.shell,
  ipcMain: electron.ipcMain,
}));

const { createMainWindow } = await import('./window');
const { denyAllPermissions } = await import('./security');
const { handleInvoke, registerIpc } = await import('./ipc');
const { isTrustedSender } = await import('../ipc/sender');

const APP_URL = 'app://vps-tray/index.html';
const appOrigin = { kind: 'app' } as const;
const isAppUrl = (url: string) => url === APP_URL;

function makeWindow(quitting = false) {
  const visibility: boolean[] = [];
  createMainWindow({
    preloadPath: '/opt/vps-tray/out/preload/index.cjs',
    rendererUrl: APP_URL,
    isAppUrl,
    devTools: false,
    onVisibilityChange: (v) => visibility.push(v),
    isQuitting: () => quitting,
  });
  const win = electron.FakeBrowserWindow.last!;
  return { win, visibility };
}

describe('the main window', () => {
  beforeEach(() => vi.clearAllMocks());

  it('has exactly the secure webPreferences', () => {
    const { win } = makeWindow();
    expect(win.options.webPreferences).toEqual({
      preload: '/opt/vps-tray/out/preload/index.cjs',
      devTools: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      spellcheck: false,
    });
    expect(win.options.webPreferences).not.toHaveProperty('webSecurity');
    expect(win.options.show).toBe(false);
    expect(win.loaded).toBe(APP_URL);
  });

  it('denies navigation away from the app page', () => {
    const { win } = makeWindow();
    const away = { preventDefault: vi.fn() };
    win.webContents.emit('will-navigate', away, 'https://evil.example/');
    expect(away.preventDefault).toHaveBeenCalled();
    const redirect = { preventDefault: vi.fn() };
    win.webContents.emit('will-redirect', redirect, 'http://127.0.0.1:9/');
    expect(redirect.preventDefault).toHaveBeenCalled();
    const stay = { preventDefault: vi.fn() };
    win.webContents.emit('will-navigate', stay, APP_URL);
    expect(stay.preventDefault).not.toHaveBeenCalled();
  });

  it('denies window.open, opening only allow-listed https pages in the browser', () => {
    const { win } = makeWindow();
    const open = win.webContents.windowOpenHandler!;
    expect(open({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
    expect(open({ url: 'http://admin.vps.org/account/developers/' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
    expect(open({ url: 'https://admin.vps.org/account/developers/' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://admin.vps.org/account/developers/');
  });

  it('hides instead of closing, until the app quits', () => {
    const { win, visibility } = makeWindow();
    const close = { preventDefault: vi.fn() };
    win.emit('close', close);
    expect(close.preventDefault).toHaveBeenCalled();
    expect(win.hidden).toBe(true);
    win.emit('hide');
    win.emit('show');
    expect(visibility).toEqual([false, true]);

    const quitting = makeWindow(true).win;
    const realClose = { preventDefault: vi.fn() };
    quitting.emit('close', realClose);
    expect(realClose.preventDefault).not.toHaveBeenCalled();
  });

  it('denies every permission request and check', () => {
    let request: ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | null = null;
    let check: (() => boolean) | null = null;
    denyAllPermissions({
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
    } as never);
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) request!(null, permission, (g) => answers.push(g));
    expect(answers).toEqual([false, false, false, false]);
    expect(check!()).toBe(false);
  });
});

describe('the IPC gate', () => {
  const dispatch = vi.fn(async () => ({ ok: true as const, value: 'handled' }));
  const deps = { dispatch, isTrustedSender: (s: { url: string; isMainFrame: boolean }) => isTrustedSender(s, appOrigin) };
  const event = (url: string, isMainFrame: boolean) => {
    const main = { url, parent: null };
    return { senderFrame: isMainFrame ? main : { url, parent: main } } as never;
  };

  beforeEach(() => dispatch.mockClear());

  it('passes messages from the app page in its main frame to the dispatcher', async () => {
    await expect(handleInvoke(deps, 'vps:refresh', event(APP_URL, true), undefined)).resolves.toEqual({ ok: true, value: 'handled' });
    expect(dispatch).toHaveBeenCalledWith('vps:refresh', undefined);
  });

  it('refuses a foreign origin, a sub-frame and a vanished frame', async () => {
    for (const e of [event('https://evil.example/', true), event(APP_URL, false), { senderFrame: null } as never]) {
      const result = await handleInvoke(deps, 'vps:refresh', e, undefined);
      expect(result).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('registers one prefixed handler per command', () => {
    registerIpc(deps);
    const channels = electron.ipcMain.handle.mock.calls.map((call) => call[0] as string);
    expect(channels.length).toBeGreaterThan(30);
    expect(channels.every((c) => c.startsWith('vps:'))).toBe(true);
    expect(channels).toContain('vps:powerServer');
  });
});
