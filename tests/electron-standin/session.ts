// session.defaultSession of the stand-in runtime: the permission handlers and the
// onHeadersReceived listener the app sets, applied to the pages of every stand-in window
// (browser-window.ts asks this session for each permission request and each http(s) response).
//
// Electron's defaults hold until the app sets a handler: every permission request and check
// is granted, and responses pass unchanged.
import type Electron from 'electron';

type Permission = Parameters<Parameters<Electron.Session['setPermissionRequestHandler']>[0] & {}>[1];
type RequestHandler = Parameters<Electron.Session['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<Electron.Session['setPermissionCheckHandler']>[0];
type HeadersListener = (details: Electron.OnHeadersReceivedListenerDetails, callback: (response: Electron.HeadersReceivedResponse) => void) => void;

export interface PermissionAsk {
  contents: Electron.WebContents;
  permission: Permission;
  requestingUrl: string;
  isMainFrame: boolean;
  mediaTypes?: Array<'video' | 'audio'>;
}

type SessionSubset = Pick<Electron.Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

class StandinSession implements SessionSubset {
  #request: RequestHandler = null;
  #check: CheckHandler = null;
  #headersReceived: HeadersListener | null = null;

  setPermissionRequestHandler(handler: RequestHandler): void {
    this.#request = handler;
  }

  setPermissionCheckHandler(handler: CheckHandler): void {
    this.#check = handler;
  }

  readonly webRequest: Pick<Electron.WebRequest, 'onHeadersReceived'> = {
    onHeadersReceived: (...args: [HeadersListener | null] | [Electron.WebRequestFilter, HeadersListener | null]) => {
      // Only the filterless form is implemented: a filter would have to be honoured to be faithful.
      if (args.length !== 1) throw new Error('The stand-in session implements onHeadersReceived(listener) without a filter.');
      this.#headersReceived = args[0];
    },
  };

  /** A page asks for a permission (Notification.requestPermission, getUserMedia, …). */
  requestPermission(ask: PermissionAsk): Promise<boolean> {
    const handler = this.#request;
    if (!handler) return Promise.resolve(true);
    return new Promise((resolve) =>
      handler(ask.contents, ask.permission, resolve, {
        requestingUrl: ask.requestingUrl,
        isMainFrame: ask.isMainFrame,
        ...(ask.mediaTypes ? { mediaTypes: ask.mediaTypes, securityOrigin: new URL(ask.requestingUrl).origin } : {}),
      } as Electron.PermissionRequest),
    );
  }

  /** A page checks a permission (navigator.permissions.query). */
  checkPermission(ask: PermissionAsk): boolean {
    const handler = this.#check;
    if (!handler) return true;
    const origin = new URL(ask.requestingUrl).origin;
    return handler(ask.contents, ask.permission, origin, { requestingUrl: ask.requestingUrl, isMainFrame: ask.isMainFrame });
  }

  get hasHeadersListener(): boolean {
    return this.#headersReceived !== null;
  }

  /** The response headers the page gets, after the app's onHeadersReceived listener (if any) had its say. */
  headersReceived(details: Electron.OnHeadersReceivedListenerDetails): Promise<Electron.HeadersReceivedResponse> {
    const listener = this.#headersReceived;
    if (!listener) return Promise.resolve({});
    return new Promise((resolve) => listener(details, resolve));
  }
}

export const defaultSession = new StandinSession();
