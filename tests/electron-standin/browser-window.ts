// BrowserWindow and WebContents of the stand-in runtime, backed by a real Chromium page
// (playwright-core). The page runs the built preload the way a sandboxed preload runs: as a
// CommonJS function whose only `require` is electron's renderer half (contextBridge and
// ipcRenderer). ipcRenderer.invoke travels to the stand-in ipcMain with the real frame's URL
// and whether it is the main frame, so the shell's sender checks judge real frames.
//
// Deliberately worse than Electron: the preload runs in every frame, sub-frames included, so a
// test can prove that the main process refuses a sub-frame even when it can reach the bridge.
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Frame, Page, Route } from 'playwright-core';
import type Electron from 'electron';
import { ipcMain } from './ipc-main.ts';
import { answer, toAppUrl, toPageUrl } from './protocol.ts';
import { runtime } from './runtime.ts';

type WindowSubset = Pick<Electron.BrowserWindow, 'show' | 'hide' | 'focus' | 'isVisible' | 'isMinimized' | 'restore' | 'isDestroyed' | 'close'>;
type ContentsSubset = Pick<Electron.WebContents, 'isDestroyed' | 'getURL'>;

let nextId = 1;

function bridgeScript(preloadSource: string): string {
  // No eval: the app's CSP forbids it, so the preload's source is spliced into the script.
  return `(() => {
  const invoke = globalThis.__standinInvoke;
  const listeners = new Map();
  const ipcRenderer = {
    invoke: (channel, ...args) => invoke(channel, args),
    on(channel, listener) { if (!listeners.has(channel)) listeners.set(channel, new Set()); listeners.get(channel).add(listener); return ipcRenderer; },
    removeListener(channel, listener) { listeners.get(channel)?.delete(listener); return ipcRenderer; },
  };
  const contextBridge = {
    exposeInMainWorld(key, api) { Object.defineProperty(globalThis, key, { value: api, enumerable: true }); },
  };
  Object.defineProperty(globalThis, '__standinEmit', {
    value: (channel, args) => listeners.get(channel)?.forEach((listener) => listener({}, ...args)),
  });
  const require = (id) => {
    if (id === 'electron') return { contextBridge, ipcRenderer };
    throw new Error('A sandboxed preload cannot require ' + id);
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${preloadSource}
  })(require, module, module.exports);
})();`;
}

export class WebContents extends EventEmitter implements ContentsSubset {
  readonly id = nextId++;
  readonly page: Promise<Page>;
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  /** The page URL loadURL is going to: Electron emits no will-navigate for it. */
  pendingLoad: string | null = null;
  #destroyed = false;
  #url = '';

  constructor(page: Promise<Page>) {
    super();
    this.page = page;
  }

  isDestroyed(): boolean {
    return this.#destroyed;
  }

  getURL(): string {
    return this.#url;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }

  send(channel: string, ...args: unknown[]): void {
    if (this.#destroyed) return;
    void this.page
      .then((page) => page.evaluate(([c, a]) => (globalThis as unknown as { __standinEmit?: (c: string, a: unknown[]) => void }).__standinEmit?.(c, a), [channel, args] as const))
      // A page that is navigating or closing drops the message, as Electron does.
      .catch(() => undefined);
  }

  async loadURL(url: string): Promise<void> {
    const page = await this.page;
    this.#url = url;
    this.pendingLoad = toPageUrl(url);
    await page.goto(this.pendingLoad).finally(() => (this.pendingLoad = null));
    this.emit('did-finish-load');
  }

  destroy(): void {
    this.#destroyed = true;
  }
}

export interface StandinWindowOptions {
  width?: number;
  height?: number;
  show?: boolean;
  title?: string;
  webPreferences?: Electron.WebPreferences;
}

export class BrowserWindow extends EventEmitter implements WindowSubset {
  readonly options: StandinWindowOptions;
  readonly webContents: WebContents;
  readonly context: Promise<BrowserContext>;
  #visible: boolean;
  #destroyed = false;
  #focused = false;

  constructor(options: StandinWindowOptions = {}) {
    super();
    this.options = options;
    this.#visible = options.show ?? true;
    const { browser } = runtime.need();
    this.context = browser.newContext({ viewport: { width: options.width ?? 800, height: options.height ?? 600 }, deviceScaleFactor: 1 });
    const page = this.context.then((context) => this.#preparePage(context));
    this.webContents = new WebContents(page);
    runtime.windows.push(this);
    runtime.events.emit('web-contents-created', this.webContents);
    // A page that fails to open would otherwise reject unobserved.
    page.catch((error: unknown) => runtime.events.emit('error', error));
  }

  async #preparePage(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    await page.exposeBinding('__standinInvoke', (source: { frame: Frame }, channel: string, args: unknown[]) =>
      ipcMain.invoke(channel, { sender: this.webContents, senderFrame: { url: toAppUrl(source.frame.url()), parent: source.frame.parentFrame() ? {} : null } }, args),
    );
    const preload = this.options.webPreferences?.preload;
    if (preload) await page.addInitScript({ content: bridgeScript(readFileSync(preload, 'utf8')) });
    await page.route(/^https?:/, (route) => this.#onRequest(route));
    context.on('page', (popup) => void this.#onPopup(popup));
    return page;
  }

  /**
   * Navigations away from the page go through will-navigate, which the app may prevent; requests
   * to a handled scheme's stand-in origin are answered by the app's protocol handler.
   */
  async #onRequest(route: Route): Promise<void> {
    const request = route.request();
    if (request.isNavigationRequest() && request.frame().parentFrame() === null && request.url() !== this.webContents.pendingLoad) {
      let prevented = false;
      const url = toAppUrl(request.url());
      this.webContents.emit('will-navigate', { preventDefault: () => (prevented = true), url }, url);
      if (prevented) return route.abort('blockedbyclient');
    }
    const response = await answer(request.url(), request.method());
    if (!response) return route.continue();
    return route.fulfill({ status: response.status, headers: Object.fromEntries(response.headers), body: Buffer.from(await response.arrayBuffer()) });
  }

  async #onPopup(popup: Page): Promise<void> {
    const main = await this.webContents.page;
    if (popup === main) return;
    const url = popup.url();
    const verdict = this.webContents.windowOpenHandler?.({ url }) ?? { action: 'allow' };
    if (verdict.action === 'deny') await popup.close();
  }

  /** True once the page has loaded and 'ready-to-show' was emitted. */
  readyToShow = false;

  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url).then(() => {
      this.readyToShow = true;
      this.emit('ready-to-show');
    });
  }

  show(): void {
    this.#focused = true;
    if (this.#visible) return;
    this.#visible = true;
    this.emit('show');
  }

  hide(): void {
    if (!this.#visible) return;
    this.#visible = false;
    this.#focused = false;
    this.emit('hide');
  }

  focus(): void {
    this.#focused = true;
  }

  isFocused(): boolean {
    return this.#focused;
  }

  isVisible(): boolean {
    return this.#visible;
  }

  isMinimized(): boolean {
    return false;
  }

  restore(): void {}

  isDestroyed(): boolean {
    return this.#destroyed;
  }

  close(): void {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) void this.destroy();
  }

  async destroy(): Promise<void> {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.#visible = false;
    this.webContents.destroy();
    await (await this.context).close().catch(() => undefined);
    this.emit('closed');
  }
}
