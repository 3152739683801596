// In development (`npm run dev`) the window loads the renderer from electron-vite's dev server
// (ELECTRON_RENDERER_URL), whose origin then is the app's. Here the built renderer is served
// over http as that dev server would serve it: the page's calls from that origin are trusted,
// a navigation that stays in it goes ahead even through a redirect, and a redirect out of it is
// stopped (will-redirect) before the foreign server is even asked.
import { createReadStream, existsSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootBuiltApp, type Booted } from '../electron-standin/boot';
import { waitUntil } from '../electron-standin/wait';

const RENDERER = path.resolve(import.meta.dirname, '..', '..', 'out', 'renderer');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Paths the foreign server was asked for: it must never be. */
const foreignRequests: string[] = [];
const foreignServer = createServer((request, response) => {
  foreignRequests.push(request.url ?? '');
  response.writeHead(200, { 'content-type': 'text/html' }).end('<title>foreign</title>');
});
let foreignOrigin = '';

/** Paths the dev server was asked for. */
const devRequests: string[] = [];
const devServer = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://dev');
  devRequests.push(url.pathname);
  if (url.pathname === '/moved') return void response.writeHead(302, { location: `${foreignOrigin}/landing` }).end();
  if (url.pathname === '/renamed') return void response.writeHead(302, { location: '/?renamed' }).end();
  const file = path.join(RENDERER, url.pathname === '/' ? 'index.html' : path.normalize(url.pathname));
  if (!file.startsWith(RENDERER) || !existsSync(file)) return void response.writeHead(404).end();
  response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
let devOrigin = '';

let booted: Booted;
let page: Page;

beforeAll(async () => {
  foreignOrigin = await listen(foreignServer);
  devOrigin = await listen(devServer);
  process.env.ELECTRON_RENDERER_URL = `${devOrigin}/`;
  booted = await bootBuiltApp({ userData: mkdtempSync(path.join(os.tmpdir(), 'vps-dev-')) });
  const win = await waitUntil('the window to be shown', () => booted.runtime.windows[0]?.isVisible() && booted.runtime.windows[0]);
  page = await win.webContents.page;
});

afterAll(async () => {
  delete process.env.ELECTRON_RENDERER_URL;
  await booted.quit();
  devServer.close();
  foreignServer.close();
});

/** Page code as text: this file is type-checked without the DOM. */
const GET_STATE = 'window.vps.getState()';

describe('the app on a dev server', () => {
  it('loads the window from the dev server, and trusts the calls of its page', async () => {
    await page.getByRole('button', { name: 'Try the demo' }).waitFor();
    expect(page.url()).toBe(`${devOrigin}/`);
    expect(await page.evaluate(GET_STATE)).toMatchObject({ ok: true });
  });

  it('stops a redirect out of the origin: the page stays, and the foreign server is never asked', async () => {
    await page.evaluate(`location.href = '/moved'`);
    await waitUntil('the dev server to answer /moved', () => devRequests.includes('/moved'));
    await expect(page.waitForURL(/landing/, { timeout: 2_000 })).rejects.toThrow();
    expect(page.url()).toBe(`${devOrigin}/`);
    expect(foreignRequests).toEqual([]);
    expect(await page.evaluate(GET_STATE)).toMatchObject({ ok: true });
  });

  it('follows a redirect that stays in the origin, and the page that loads is trusted too', async () => {
    await page.evaluate(`location.href = '/renamed'`);
    await page.waitForURL(`${devOrigin}/?renamed`);
    await page.getByRole('button', { name: 'Try the demo' }).waitFor();
    expect(await page.evaluate(GET_STATE)).toMatchObject({ ok: true });
  });
});
