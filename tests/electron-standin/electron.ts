// The stand-in `electron` module: what the built main process (out/main/index.js) imports,
// resolved here instead of the real Electron (see boot.ts). Each export implements the subset
// of Electron's API the shell uses, type-checked against Electron's own declarations; what the
// app does with it is recorded in runtime.ts for the tests to read and click.
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import type Electron from 'electron';
import { BrowserWindow } from './browser-window.ts';
import { ipcMain } from './ipc-main.ts';
import { protocol, protocolState } from './protocol.ts';
import { runtime, type MenuItemRecord } from './runtime.ts';

export { BrowserWindow, ipcMain, protocol };

class StandinApp extends EventEmitter {
  get isPackaged(): boolean {
    return runtime.need().packaged;
  }
  #ready: Promise<void>;
  #isReady = false;

  constructor() {
    super();
    // Electron is ready once the main script has run its first turn.
    this.#ready = new Promise((resolve) =>
      setImmediate(() => {
        this.#isReady = true;
        protocolState.appReady = true;
        this.emit('ready');
        resolve();
      }),
    );
  }

  get dock(): Electron.Dock | undefined {
    return undefined;
  }

  whenReady(): Promise<void> {
    return this.#ready;
  }

  isReady(): boolean {
    return this.#isReady;
  }

  requestSingleInstanceLock(): boolean {
    return runtime.need().singleInstanceLock;
  }

  setAppUserModelId(_id: string): void {}

  getPath(name: string): string {
    if (name === 'userData') return runtime.need().userData;
    throw new Error(`The stand-in runtime has no path "${name}".`);
  }

  getAppPath(): string {
    return runtime.need().appPath;
  }

  getVersion(): string {
    return runtime.need().version;
  }

  getName(): string {
    return 'VPS Tray';
  }

  getPreferredSystemLanguages(): string[] {
    return runtime.need().preferredLanguages;
  }

  setLoginItemSettings(settings: Electron.Settings): void {
    runtime.loginItem = { openAtLogin: settings.openAtLogin ?? false, args: settings.args ?? [] };
  }

  getLoginItemSettings(): Pick<Electron.LoginItemSettings, 'openAtLogin' | 'wasOpenedAtLogin'> {
    return { openAtLogin: runtime.loginItem.openAtLogin, wasOpenedAtLogin: runtime.need().openedAtLogin };
  }

  /** Electron's order: before-quit (preventable), windows close, will-quit (preventable), quit. */
  quit(): void {
    if (runtime.quitted) return;
    runtime.quitting = true;
    if (this.#emitPreventable('before-quit')) return;
    for (const win of runtime.windows) if (!win.isDestroyed()) win.close();
    if (this.#emitPreventable('will-quit')) return;
    runtime.quitted = true;
    for (const win of runtime.windows) void win.destroy();
    this.emit('quit');
    runtime.events.emit('quit');
  }

  exit(code = 0): void {
    runtime.quitted = true;
    runtime.events.emit('quit', code);
  }

  #emitPreventable(name: string): boolean {
    let prevented = false;
    this.emit(name, { preventDefault: () => (prevented = true) });
    return prevented;
  }
}

export const app = new StandinApp();
runtime.events.on('web-contents-created', (contents) => app.emit('web-contents-created', {}, contents));

/** The image is known by its file, which must exist: a missing icon is a packaging bug. */
export const nativeImage = {
  createFromPath(path: string) {
    return { path, isEmpty: () => !existsSync(path), setTemplateImage: () => {} };
  },
};

type ImageLike = { path: string };

export class Menu {
  readonly items: MenuItemRecord[];

  constructor(items: MenuItemRecord[]) {
    this.items = items;
  }

  static buildFromTemplate(template: Electron.MenuItemConstructorOptions[]): Menu {
    return new Menu(template.map(toRecord));
  }

  static setApplicationMenu(menu: Menu | null): void {
    runtime.applicationMenu = menu?.items ?? null;
  }
}

function toRecord(item: Electron.MenuItemConstructorOptions): MenuItemRecord {
  const submenu = Array.isArray(item.submenu) ? item.submenu.map(toRecord) : [];
  const click = item.click;
  return {
    label: item.label ?? (item.role ? `role:${item.role}` : ''),
    type: item.type ?? (submenu.length ? 'submenu' : 'normal'),
    enabled: item.enabled ?? true,
    ...(item.toolTip ? { toolTip: item.toolTip } : {}),
    submenu,
    ...(click ? { click: () => click(undefined as never, undefined, undefined as never) } : {}),
  };
}

type TraySubset = Pick<Electron.Tray, 'setToolTip' | 'setTitle' | 'destroy' | 'isDestroyed'>;

export class Tray extends EventEmitter implements TraySubset {
  readonly #record: (typeof runtime.trays)[number];

  constructor(image: ImageLike) {
    super();
    this.#record = { tooltip: '', title: '', image: image.path, menu: [], destroyed: false, emitter: this };
    runtime.trays.push(this.#record);
  }

  setContextMenu(menu: Menu | null): void {
    this.#record.menu = menu?.items ?? [];
    runtime.events.emit('tray-menu', this.#record.menu);
  }

  setToolTip(tooltip: string): void {
    this.#record.tooltip = tooltip;
  }

  setTitle(title: string): void {
    this.#record.title = title;
  }

  setImage(image: ImageLike): void {
    this.#record.image = image.path;
  }

  destroy(): void {
    this.#record.destroyed = true;
  }

  isDestroyed(): boolean {
    return this.#record.destroyed;
  }
}

/** Like Electron's: nothing keeps a shown notification alive but the app's own reference. */
export class Notification extends EventEmitter implements Pick<Electron.Notification, 'title' | 'body'> {
  readonly title: string;
  readonly body: string;

  constructor(options: Electron.NotificationConstructorOptions) {
    super();
    this.title = options.title ?? '';
    this.body = options.body ?? '';
  }

  static isSupported(): boolean {
    return true;
  }

  show(): void {
    runtime.notifications.push({ title: this.title, body: this.body, ref: new WeakRef(this) });
    runtime.events.emit('notification', this.title, this.body);
  }

  close(): void {
    this.emit('close');
  }
}

export const nativeTheme = Object.assign(new EventEmitter(), { shouldUseDarkColors: false, themeSource: 'system' as Electron.NativeTheme['themeSource'] });

export const powerMonitor = new EventEmitter();

function createSession() {
  const recorded = {
    permissionRequestHandler: null as unknown,
    permissionCheckHandler: null as unknown,
    headersReceived: null as unknown,
  };
  return {
    recorded,
    setPermissionRequestHandler(handler: unknown) {
      recorded.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: unknown) {
      recorded.permissionCheckHandler = handler;
    },
    webRequest: {
      onHeadersReceived(handler: unknown) {
        recorded.headersReceived = handler;
      },
    },
  };
}

export const session = { defaultSession: createSession() };

export const shell = {
  async openExternal(url: string): Promise<void> {
    runtime.openedExternal.push(url);
  },
  async openPath(path: string): Promise<string> {
    runtime.openedExternal.push(path);
    return '';
  },
} satisfies Pick<Electron.Shell, 'openExternal' | 'openPath'>;

export const clipboard = {
  async writeText(text: string): Promise<void> {
    runtime.clipboard.push(text);
  },
} satisfies Pick<Electron.Clipboard, 'writeText'>;

export const dialog = {
  async showMessageBox(...args: unknown[]): Promise<Electron.MessageBoxReturnValue> {
    const options = (args.length > 1 ? args[1] : args[0]) as Electron.MessageBoxOptions;
    runtime.messageBoxes.push({ message: options.message, ...(options.detail ? { detail: options.detail } : {}) });
    return { response: runtime.need().messageBoxResponse, checkboxChecked: false };
  },
  async showSaveDialog(): Promise<Electron.SaveDialogReturnValue> {
    return { canceled: true, filePath: '' };
  },
};

export default { app, BrowserWindow, Menu, Tray, Notification, nativeImage, nativeTheme, powerMonitor, protocol, session, shell, clipboard, dialog, ipcMain };
