// protocol of the stand-in runtime: schemes registered as privileged and their handlers.
//
// Chromium without Electron cannot be taught a new scheme, so a page of a handled scheme is
// loaded from a stand-in http origin under .localhost (a secure context, as Electron's `secure`
// privilege makes the scheme), e.g. app://vps-tray/index.html ↔ http://vps-tray.app.localhost/index.html.
// Every request to that origin is answered by the app's own handler, called with a Request for
// the real app:// URL, and every URL the app sees (sender frames, getURL, will-navigate) is
// translated back, so the shell's checks judge the URLs Electron would give them.
import type Electron from 'electron';

type Handler = (request: Request) => Response | Promise<Response>;

const STANDIN_SUFFIX = '.localhost';

export const protocolState = {
  privileged: new Map<string, Electron.Privileges>(),
  handlers: new Map<string, Handler>(),
  appReady: false,
};

/** The stand-in http URL a page of a handled scheme is loaded from; other URLs as they are. */
export function toPageUrl(url: string): string {
  const parsed = URL.parse(url);
  const scheme = parsed?.protocol.slice(0, -1) ?? '';
  if (!parsed || !protocolState.handlers.has(scheme)) return url;
  return `http://${parsed.host}.${scheme}${STANDIN_SUFFIX}${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/** The URL the app would see for a page URL: the handled scheme's own for a stand-in origin. */
export function toAppUrl(pageUrl: string): string {
  const parsed = URL.parse(pageUrl);
  if (!parsed || parsed.protocol !== 'http:' || !parsed.hostname.endsWith(STANDIN_SUFFIX)) return pageUrl;
  const labels = parsed.hostname.slice(0, -STANDIN_SUFFIX.length).split('.');
  const scheme = labels.pop() ?? '';
  if (!protocolState.handlers.has(scheme)) return pageUrl;
  return `${scheme}://${labels.join('.')}${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/**
 * A URL's origin as Electron reports it: a scheme registered as standard has scheme://host
 * origins, where WHATWG URL parsing gives other non-special schemes the opaque origin "null".
 */
export function originOf(url: string): string {
  const parsed = new URL(url);
  const scheme = parsed.protocol.slice(0, -1);
  return protocolState.privileged.get(scheme)?.standard ? `${scheme}://${parsed.host}` : parsed.origin;
}

/** The handler's response to a request of a stand-in origin, or null when it is not one. */
export async function answer(pageUrl: string, method: string): Promise<Response | null> {
  const url = toAppUrl(pageUrl);
  if (url === pageUrl) return null;
  const handler = protocolState.handlers.get(url.slice(0, url.indexOf(':')))!;
  return handler(new Request(url, { method }));
}

export const protocol = {
  registerSchemesAsPrivileged(schemes: Electron.CustomScheme[]): void {
    // Electron ignores (and warns about) a registration after ready; a test should hear of it.
    if (protocolState.appReady) throw new Error('protocol.registerSchemesAsPrivileged must be called before the app is ready.');
    for (const { scheme, privileges } of schemes) protocolState.privileged.set(scheme, privileges ?? {});
  },
  handle(scheme: string, handler: Handler): void {
    if (!protocolState.appReady) throw new Error('protocol.handle cannot be used before the app is ready.');
    if (protocolState.handlers.has(scheme)) throw new Error(`The scheme "${scheme}" is already handled.`);
    protocolState.handlers.set(scheme, handler);
  },
  unhandle(scheme: string): void {
    protocolState.handlers.delete(scheme);
  },
  isProtocolHandled(scheme: string): boolean {
    return protocolState.handlers.has(scheme);
  },
} satisfies Pick<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle' | 'unhandle' | 'isProtocolHandled'>;
