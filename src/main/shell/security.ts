// The Electron security checklist beside the window's own settings (written at the
// BrowserWindow call in window.ts): navigation and window-open denial, permission denial, the
// production CSP header, and which external links may open in the user's browser.
import { shell, type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '@shared/csp';

/** The only hosts the app opens in the user's browser (help and token pages). */
const EXTERNAL_ALLOWLIST = new Set(['admin.vps.org', 'vps.org', 'www.vps.org']);

/** frame-ancestors only works as a header, so it is added here rather than in the meta tag. */
const CSP_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

export function isAllowedExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && EXTERNAL_ALLOWLIST.has(parsed.hostname);
  } catch {
    return false;
  }
}

/** Keeps a window on the app's own page: no navigation away, no new windows. */
export function lockDownContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** No camera, notifications-from-the-page, geolocation or anything else the page might ask for. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** The CSP as a response header too, so it holds even for responses the meta tag cannot cover. */
export function enforceCsp(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP_HEADER] },
    });
  });
}
