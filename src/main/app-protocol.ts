// The window's page comes from app://vps-tray/, served from the built renderer folder by
// serveAppFile (the shell registers it with Electron's protocol.handle). A custom standard,
// secure scheme gives the page a real origin of its own, so file: needs no extra privileges and
// the IPC sender check compares one exact origin. Only files inside the folder are served:
// anything that resolves outside it (.., encoded dots, absolute paths, symlinks) is a 404, and
// every response carries the Content-Security-Policy header.
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '@shared/csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'vps-tray';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** frame-ancestors only works as a header, so it is added here rather than in the page's meta tag. */
export const CSP_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const headers = (extra: Record<string, string> = {}) => ({ 'Content-Security-Policy': CSP_HEADER, 'X-Content-Type-Options': 'nosniff', ...extra });

const notFound = () => new Response('Not found', { status: 404, headers: headers({ 'Content-Type': 'text/plain; charset=utf-8' }) });

/** The file inside rootDir an app:// URL names, or null when it names anything else. */
export async function resolveAppFile(url: string, rootDir: string): Promise<string | null> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  // URL parsing already folds "/a/../b"; what is left is checked after decoding, where %2e%2e
  // and %2f would otherwise sneak a step out.
  let relative: string;
  try {
    relative = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (relative === '/' || relative === '') relative = '/index.html';
  if (relative.includes('\0') || relative.includes('\\')) return null;
  const segments = relative.split('/').slice(1);
  if (segments.some((segment) => segment === '..' || segment === '.' || segment === '')) return null;

  const root = await realpath(rootDir);
  const candidate = path.join(root, ...segments);
  try {
    const real = await realpath(candidate);
    if (!real.startsWith(root + path.sep)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

/** The response for one app:// request: the file with its type and the CSP, or a 404. */
export async function serveAppFile(url: string, rootDir: string): Promise<Response> {
  const file = await resolveAppFile(url, rootDir);
  if (file === null) return notFound();
  const body = await readFile(file);
  return new Response(body, { status: 200, headers: headers({ 'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream' }) });
}
