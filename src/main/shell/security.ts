// The Electron security checklist in one place: the window's webPreferences, navigation and
// window-open denial, permission denial, and which external links may open in the user's
// browser. The page's CSP header comes with every app:// response (src/main/app-protocol.ts).
import { shell, type Session, type WebContents, type WebPreferences } from 'electron';

/** The only hosts the app opens in the user's browser (help and token pages). */
const EXTERNAL_ALLOWLIST = new Set(['admin.vps.org', 'vps.org', 'www.vps.org']);

export function secureWebPreferences(preloadPath: string, { devTools }: { devTools: boolean }): WebPreferences {
  return {
    preload: preloadPath,
    devTools,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    spellcheck: false,
  };
}

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
