// Which frames may send IPC messages: only the app's own page, in the window's main frame. A
// sub-frame, a page the window was somehow navigated to, about:blank or a data: URL gets
// nothing, even though it would share the preload.
import { APP_HOST, APP_SCHEME } from '../app-protocol';

/** The app's page: served from app://vps-tray/, or by the dev server in development. */
export type AppOrigin = { kind: 'app' } | { kind: 'dev'; url: string };

export function isTrustedSender(sender: { url: string; isMainFrame: boolean }, appOrigin: AppOrigin): boolean {
  if (!sender.isMainFrame) return false;
  const url = parse(sender.url);
  if (url === null) return false;
  if (appOrigin.kind === 'dev') {
    const dev = parse(appOrigin.url);
    // Comparing whole origins (scheme, host, port) rules out lookalikes such as
    // localhost.evil.example or http://localhost:5173@evil.example.
    return dev !== null && (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === dev.origin;
  }
  // A custom scheme's origin reads "null" in Node's URL, so its parts are compared instead.
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
}

function parse(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}
