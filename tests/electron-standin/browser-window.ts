// BrowserWindow and WebContents of the stand-in runtime, backed by a real Chromium page
// (playwright-core). The page runs the built preload the way a sandboxed preload runs: as a
// CommonJS function whose only `require` is electron's renderer half (contextBridge and
// ipcRenderer). ipcRenderer.invoke travels to the stand-in ipcMain with the real frame's URL
// and whether it is the main frame, so the shell's sender checks judge real frames.
//
// Deliberately worse than Electron: the preload runs in every frame, sub-frames included, so a
// test can prove that the main process refuses a sub-frame even when it can reach the bridge.
//
// What Electron's network and navigation layer does is played on the page's http(s) requests:
// - a page of a scheme the app handles (app://) is loaded from that scheme's stand-in origin,
//   whose every request the app's protocol handler answers (protocol.ts); every URL the app is
//   told of is translated back to the scheme's own;
// - a navigation the page starts in its main frame emits will-navigate (loadURL does not);
// - a redirect answering a navigation emits will-redirect; either, when prevented, cancels it;
// - a new window (window.open, a target=_blank link) asks the window-open handler first;
// - permission requests and checks of the page go to the session's handlers (session.ts).
// Playwright does not route the request that follows a redirect: once the app lets a redirect
// through, Chromium follows it unseen, so later hops of that chain reach no will-redirect.
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Frame, Page, Request, Route } from 'playwright-core';
import type Electron from 'electron';
import { preventableEvent } from './event.ts';
import { ipcMain } from './ipc-main.ts';
import { answer, toAppUrl, toPageUrl } from './protocol.ts';
import { runtime } from './runtime.ts';
import { defaultSession } from './session.ts';

type WindowSubset = Pick<Electron.BrowserWindow, 'show' | 'hide' | 'focus' | 'isFocused' | 'isVisible' | 'minimize' | 'isMinimized' | 'restore' | 'isDestroyed' | 'close'>;
type ContentsSubset = Pick<Electron.WebContents, 'isDestroyed' | 'getURL' | 'setWindowOpenHandler'>;
type Permission = Parameters<typeof defaultSession.requestPermission>[0]['permission'];
/** What the page asks of the stand-in through its one binding. */
type StandinCall = ['invoke', string, unknown[]] | ['permission', 'request' | 'check', Permission, Array<'video' | 'audio'>?];

let nextId = 1;

/**
 * The page's permission-gated APIs ask the session first (through the stand-in's binding), then
 * Chromium answers for real: the stand-in has granted the permission in Chromium, or not, and
 * headless Chromium refuses what was not granted. Covered: notifications, geolocation, camera and
 * microphone requests, and navigator.permissions.query checks of them.
 */
const PERMISSION_SCRIPT = `(() => {
  const ask = (kind, permission, mediaTypes) => globalThis.__standin('permission', kind, permission, mediaTypes);
  if (globalThis.Notification) {
    const request = Notification.requestPermission.bind(Notification);
    Notification.requestPermission = (callback) =>
      ask('request', 'notifications').then(() => request()).then((result) => { callback?.(result); return result; });
  }
  const geolocation = navigator.geolocation;
  if (geolocation) {
    const current = geolocation.getCurrentPosition.bind(geolocation);
    geolocation.getCurrentPosition = (success, error, options) => void ask('request', 'geolocation').then(() => current(success, error, options));
  }
  const media = navigator.mediaDevices;
  if (media) {
    const getUserMedia = media.getUserMedia.bind(media);
    media.getUserMedia = (constraints = {}) =>
      ask('request', 'media', [constraints.video && 'video', constraints.audio && 'audio'].filter(Boolean)).then(() => getUserMedia(constraints));
  }
  const permissions = navigator.permissions;
  if (permissions) {
    const query = permissions.query.bind(permissions);
    const checked = { notifications: ['notifications'], geolocation: ['geolocation'], camera: ['media', ['video']], microphone: ['media', ['audio']] };
    permissions.query = async (descriptor) => {
      const check = checked[descriptor?.name];
      if (!check) return query(descriptor);
      const granted = await ask('check', check[0], check[1]);
      const status = await query(descriptor);
      // Electron answers a refused check with "denied", where Chromium alone would say "prompt".
      if (!granted) Object.defineProperty(status, 'state', { value: 'denied' });
      return status;
    };
  }
})();`;

/** Electron's permission names → Playwright's, for granting them in Chromium. */
function chromiumPermissions(permission: Permission, mediaTypes: Array<'video' | 'audio'> = []): string[] {
  if (permission === 'notifications' || permission === 'geolocation') return [permission];
  if (permission === 'media') return mediaTypes.map((type) => (type === 'video' ? 'camera' : 'microphone'));
  return [];
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** A navigation the app prevented ends as Electron ends it: cancelled, the page left as it was (no error page). */
const CANCELLED = 'aborted';

function frameOf(request: Request): Frame | null {
  try {
    return request.frame();
  } catch {
    return null;
  }
}

interface Fetched {
  status: number;
  headers: Record<string, string>;
  fulfil: Parameters<Route['fulfill']>[0];
}

/**
 * The response to a request, not yet given to the page: from the app's protocol handler for a
 * handled scheme's stand-in origin, else from the network, redirects not followed (the page
 * follows them, after will-redirect).
 */
async function fetchFor(route: Route): Promise<Fetched> {
  const request = route.request();
  const answered = await answer(request.url(), request.method());
  if (answered) {
    const headers = Object.fromEntries(answered.headers);
    return { status: answered.status, headers, fulfil: { status: answered.status, headers, body: Buffer.from(await answered.arrayBuffer()) } };
  }
  const response = await route.fetch({ maxRedirects: 0 });
  return { status: response.status(), headers: response.headers(), fulfil: { response } };
}

function bridgeScript(preloadSource: string): string {
  // No eval: the app's CSP forbids it, so the preload's source is spliced into the script.
  return `(() => {
  const invoke = (channel, args) => globalThis.__standin('invoke', channel, args);
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
  windowOpenHandler: ((details: Electron.HandlerDetails) => Electron.WindowOpenHandlerResponse) | null = null;
  /** The page URL loadURL is navigating to: that navigation comes from the app, not the page. */
  loading: string | null = null;
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

  setWindowOpenHandler(handler: (details: Electron.HandlerDetails) => Electron.WindowOpenHandlerResponse): void {
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
    this.loading = toPageUrl(new URL(url).href);
    await page.goto(this.loading);
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
  #minimized = false;
  /** Permissions the session granted, as Playwright names them: Chromium holds exactly these. */
  readonly #granted = new Set<string>();

  constructor(options: StandinWindowOptions = {}) {
    super();
    this.options = options;
    this.#visible = options.show ?? true;
    const { browser } = runtime.need();
    this.context = browser.newContext({
      viewport: { width: options.width ?? 800, height: options.height ?? 600 },
      deviceScaleFactor: 1,
    });
    const page = this.context.then((context) => this.#preparePage(context));
    this.webContents = new WebContents(page);
    runtime.windows.push(this);
    runtime.events.emit('web-contents-created', this.webContents);
    // A page that fails to open would otherwise reject unobserved. Once the app has quit, Chromium
    // closes under a window still setting its page up (a hidden window at a quick quit): expected.
    page.catch((error: unknown) => {
      if (!runtime.quitted) runtime.events.emit('error', error);
    });
  }

  async #preparePage(context: BrowserContext): Promise<Page> {
    // The session's side (new windows, responses) covers every page of the window, popups included.
    await context.route(/^https?:/, (route) => this.#onSessionRequest(route));
    context.on('page', (popup) => void this.#onPopupPage(popup));
    const page = await context.newPage();
    // Few round trips to Chromium while the app starts: one binding, one init script.
    await page.exposeBinding('__standin', (source: { frame: Frame }, ...call: StandinCall) =>
      call[0] === 'invoke'
        ? ipcMain.invoke(call[1], { sender: this.webContents, senderFrame: { url: toAppUrl(source.frame.url()), parent: source.frame.parentFrame() ? {} : null } }, call[2])
        : this.#onPermission(source.frame, call[1], call[2], call[3]),
    );
    const preload = this.options.webPreferences?.preload;
    await page.addInitScript({ content: PERMISSION_SCRIPT + (preload ? bridgeScript(readFileSync(preload, 'utf8')) : '') });
    await page.route(/^https?:/, (route) => this.#onPageRequest(route));
    return page;
  }

  /** The web contents' side: navigations the page starts in its main frame go through will-navigate. */
  async #onPageRequest(route: Route): Promise<void> {
    const request = route.request();
    if (request.isNavigationRequest() && request.frame().parentFrame() === null) {
      if (request.url() === this.webContents.loading) {
        this.webContents.loading = null;
      } else {
        const url = toAppUrl(request.url());
        const event = preventableEvent({ url, isSameDocument: false, isMainFrame: true, frame: null });
        this.webContents.emit('will-navigate', event, url);
        if (event.defaultPrevented) return route.abort(CANCELLED);
      }
    }
    return route.fallback();
  }

  /** The session's side: the app's protocol handlers answer their schemes; redirects of a navigation go through will-redirect. */
  async #onSessionRequest(route: Route): Promise<void> {
    const request = route.request();
    // Playwright has no frame yet for the first navigation of a window the page opens.
    const frame = frameOf(request);
    if (!frame) return this.#onWindowOpen(route);
    let response: Fetched;
    try {
      response = await fetchFor(route);
    } catch {
      return route.abort('failed');
    }
    const location = response.headers['location'];
    if (request.isNavigationRequest() && REDIRECT_STATUSES.has(response.status) && location) {
      const isMainFrame = frame.parentFrame() === null;
      const url = toAppUrl(new URL(location, request.url()).href);
      const event = preventableEvent({ url, isSameDocument: false, isMainFrame, frame: null });
      this.webContents.emit('will-redirect', event, url, false, isMainFrame, 0, 0);
      if (event.defaultPrevented) return route.abort(CANCELLED);
    }
    return route.fulfill(response.fulfil);
  }

  /**
   * A new window's first navigation (window.open, a target=_blank link): the window-open handler
   * decides before anything is loaded. Only its "deny" is played: an allowed window would be a
   * BrowserWindow of its own, which the stand-in does not make.
   */
  async #onWindowOpen(route: Route): Promise<void> {
    const url = toAppUrl(route.request().url());
    // Electron has the frame name, features and referrer too; the stand-in knows the URL only.
    const details: Electron.HandlerDetails = { url, frameName: '', features: '', disposition: 'foreground-tab', referrer: { url: '', policy: 'strict-origin-when-cross-origin' } };
    const verdict = this.webContents.windowOpenHandler?.(details) ?? { action: 'allow' };
    // Not CANCELLED: Playwright reports the popup's page only once its first navigation has ended,
    // and a cancelled one ends late; an error page ends it at once, and the page is closed anyway.
    await route.abort('blockedbyclient');
    if (verdict.action === 'allow') throw new Error(`The stand-in Electron opens no window for an allowed window.open (${url}).`);
  }

  /**
   * The page Chromium made for a window the page opened. Every one is closed: a denied window
   * never exists in Electron, and allowed ones are not played (see #onWindowOpen). A window opened
   * on no http(s) URL (about:blank) is closed without asking the handler, which Electron would ask.
   */
  async #onPopupPage(popup: Page): Promise<void> {
    const main = await this.webContents.page;
    if (popup === main) return;
    await popup.close();
    // Chromium made the popup the active tab; the window's page must be active again, as it
    // always was in Electron (a page in the background waits forever for a permission answer).
    await main.bringToFront();
  }

  async #onPermission(frame: Frame, kind: 'request' | 'check', permission: Permission, mediaTypes?: Array<'video' | 'audio'>): Promise<boolean> {
    const ask = { contents: this.webContents as unknown as Electron.WebContents, permission, requestingUrl: toAppUrl(frame.url()), isMainFrame: frame.parentFrame() === null, ...(mediaTypes ? { mediaTypes } : {}) };
    const granted = kind === 'request' ? await defaultSession.requestPermission(ask) : defaultSession.checkPermission(ask);
    const names = chromiumPermissions(permission, mediaTypes);
    const context = await this.context;
    if (granted) {
      names.forEach((name) => this.#granted.add(name));
      await context.grantPermissions(names);
      // Headless Chromium has no location source: a granted geolocation reports this position.
      if (permission === 'geolocation') await context.setGeolocation({ latitude: 0, longitude: 0 });
    } else if (names.some((name) => this.#granted.delete(name))) {
      await context.clearPermissions();
      await context.grantPermissions([...this.#granted]);
    }
    return granted;
  }

  /** True once the page has loaded and 'ready-to-show' was emitted. */
  readyToShow = false;

  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url).then(() => {
      this.readyToShow = true;
      this.emit('ready-to-show');
    });
  }

  /** Like Electron's: a destroyed window throws on every method but isDestroyed. */
  #alive(): void {
    if (this.#destroyed) throw new TypeError('Object has been destroyed');
  }

  show(): void {
    this.#alive();
    this.#focused = true;
    if (this.#visible) return;
    this.#visible = true;
    this.emit('show');
  }

  hide(): void {
    this.#alive();
    if (!this.#visible) return;
    this.#visible = false;
    this.#focused = false;
    this.emit('hide');
  }

  focus(): void {
    this.#alive();
    this.#focused = true;
  }

  isFocused(): boolean {
    this.#alive();
    return this.#focused;
  }

  isVisible(): boolean {
    this.#alive();
    return this.#visible;
  }

  /** What the title bar's minimize button does: the window goes to the taskbar, still shown there. */
  minimize(): void {
    this.#alive();
    if (this.#minimized) return;
    this.#minimized = true;
    this.#focused = false;
    this.emit('minimize');
  }

  isMinimized(): boolean {
    this.#alive();
    return this.#minimized;
  }

  restore(): void {
    this.#alive();
    if (!this.#minimized) return;
    this.#minimized = false;
    this.emit('restore');
  }

  isDestroyed(): boolean {
    return this.#destroyed;
  }

  /** What the window's close button does: 'close' may be prevented, else the window goes. */
  close(): void {
    this.#alive();
    const event = preventableEvent({});
    this.emit('close', event);
    if (!event.defaultPrevented) void this.destroy();
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
