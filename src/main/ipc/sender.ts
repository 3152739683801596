// Which frames may send IPC messages: only the app's own page, in the window's main frame. A
// sub-frame, a page the window was somehow navigated to, about:blank or a data: URL gets
// nothing, even though it would share the preload.
import { pathToFileURL } from 'node:url';

/** The packaged renderer's index.html (a file path), or the dev server's URL in development. */
export type AppOrigin = { kind: 'file'; file: string } | { kind: 'dev'; url: string };

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
  // file: URLs have no useful origin ("null" for all of them): the page itself is compared,
  // so no other file on the disk counts as the app.
  const page = pathToFileURL(appOrigin.file);
  return url.protocol === 'file:' && url.host === page.host && url.pathname === page.pathname;
}

function parse(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}
