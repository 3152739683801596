// The stand-in `electron` module: what the built main process (out/main/index.js) imports,
// resolved here instead of the real Electron (see boot.ts). Each export implements the subset
// of Electron's API the shell uses, type-checked against Electron's own declarations; what the
// app does with it is recorded in runtime.ts for the tests to read and click.
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import type Electron from 'electron';
import { BrowserWindow } from './browser-window.ts';
import { preventableEvent } from './event.ts';
import { ipcMain } from './ipc-main.ts';
import { protocol, protocolState } from './protocol.ts';
import { runtime, type MenuItemRecord } from './runtime.ts';
import { defaultSession } from './session.ts';

export { BrowserWindow, ipcMain, protocol };

class StandinApp extends EventEmitter {
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

  get isPackaged(): boolean {
    return runtime.need().packaged;
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

  getLocale(): string {
    return runtime.need().locale;
  }

  setLoginItemSettings(settings: Electron.Settings): void {
    runtime.loginItem = { openAtLogin: settings.openAtLogin ?? false, args: settings.args ?? [] };
  }

  getLoginItemSettings(): Pick<Electron.LoginItemSettings, 'openAtLogin' | 'wasOpenedAtLogin'> {
    return { openAtLogin: runtime.loginItem.openAtLogin, wasOpenedAtLogin: runtime.need().openedAtLogin };
  }

  /**
   * Electron's order: before-quit (preventable), windows close, will-quit (preventable), quit.
   * A window that refuses to close cancels the quit.
   */
  quit(): void {
    if (runtime.quitted) return;
    if (this.#emitPreventable('before-quit')) return;
    for (const win of runtime.windows) if (!win.isDestroyed()) win.close();
    if (runtime.windows.some((win) => !win.isDestroyed())) return;
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
    const event = preventableEvent({});
    this.emit(name, event);
    return event.defaultPrevented;
  }
}

export const app = new StandinApp();
runtime.events.on('web-contents-created', (contents) => app.emit('web-contents-created', {}, contents));
// Electron emits second-instance only once the app is ready.
runtime.events.on('second-instance', (argv: string[]) => void app.whenReady().then(() => app.emit('second-instance', {}, argv, process.cwd(), null)));

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

  /** Like Electron's Tray::CheckAlive: a destroyed tray throws on every method but destroy and isDestroyed. */
  #alive(): void {
    if (this.#record.destroyed) throw new Error('Tray is destroyed');
  }

  setContextMenu(menu: Menu | null): void {
    this.#alive();
    this.#record.menu = menu?.items ?? [];
    runtime.events.emit('tray-menu', this.#record.menu);
  }

  setToolTip(tooltip: string): void {
    this.#alive();
    this.#record.tooltip = tooltip;
  }

  setTitle(title: string): void {
    this.#alive();
    this.#record.title = title;
  }

  setImage(image: ImageLike): void {
    this.#alive();
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

export const powerMonitor = runtime.powerMonitor;

export const session = { defaultSession };

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
    const failure = runtime.clipboardFailures.shift();
    if (failure) throw failure;
    runtime.clipboard.push(text);
  },
} satisfies Pick<Electron.Clipboard, 'writeText'>;

/** Electron's dialogs take an optional parent window first; with one, the dialog is modal to it. */
function dialogArgs<T>(args: [BrowserWindow, T] | [T]): { window: boolean; options: T } {
  if (args.length === 2) {
    if (args[0].isDestroyed()) throw new TypeError('Object has been destroyed');
    return { window: true, options: args[1] };
  }
  return { window: false, options: args[0] };
}

function showMessageBox(window: BrowserWindow, options: Electron.MessageBoxOptions): Promise<Electron.MessageBoxReturnValue>;
function showMessageBox(options: Electron.MessageBoxOptions): Promise<Electron.MessageBoxReturnValue>;
async function showMessageBox(...args: [BrowserWindow, Electron.MessageBoxOptions] | [Electron.MessageBoxOptions]): Promise<Electron.MessageBoxReturnValue> {
  const { window, options } = dialogArgs(args);
  const response = runtime.messageBoxAnswers.shift() ?? runtime.need().messageBoxResponse;
  runtime.messageBoxes.push({ window, message: options.message, ...(options.detail ? { detail: options.detail } : {}), buttons: options.buttons ?? ['OK'], response });
  return { response, checkboxChecked: false };
}

function showSaveDialog(window: BrowserWindow, options: Electron.SaveDialogOptions): Promise<Electron.SaveDialogReturnValue>;
function showSaveDialog(options: Electron.SaveDialogOptions): Promise<Electron.SaveDialogReturnValue>;
async function showSaveDialog(...args: [BrowserWindow, Electron.SaveDialogOptions] | [Electron.SaveDialogOptions]): Promise<Electron.SaveDialogReturnValue> {
  const { window, options } = dialogArgs(args);
  const answer = runtime.saveDialogAnswers.shift() ?? null;
  runtime.saveDialogs.push({ window, ...(options.defaultPath ? { defaultPath: options.defaultPath } : {}), filters: options.filters ?? [], answer });
  // Electron's answer to Cancel: canceled, with an empty path.
  return answer === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: answer };
}

export const dialog = { showMessageBox, showSaveDialog };

export default { app, BrowserWindow, Menu, Tray, Notification, nativeImage, nativeTheme, powerMonitor, protocol, session, shell, clipboard, dialog, ipcMain };
