// The BUILT app (out/main, out/preload, out/renderer) booted end to end under the stand-in
// Electron runtime (tests/electron-standin), in demo mode: the tray, the window, IPC from the
// real preload in real Chromium, notifications, and quitting.
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootBuiltApp, type Booted } from '../electron-standin/boot';
import { waitUntil } from '../electron-standin/wait';

const userData = mkdtempSync(path.join(os.tmpdir(), 'vps-boot-'));
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);
let booted: Booted;
let page: Page;

/** Requests that reached any HTTP server of this process (the demo's simulator among them). */
const requests: Array<{ method: string; url: string; host: string }> = [];
const onRequest = (message: unknown) => {
  const { request } = message as { request: IncomingMessage };
  requests.push({ method: request.method ?? '', url: request.url ?? '', host: request.headers.host ?? '' });
};

beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  subscribe('http.server.request.start', onRequest);
  booted = await bootBuiltApp({ userData });
});

afterAll(async () => {
  unsubscribe('http.server.request.start', onRequest);
  process.off('unhandledRejection', onRejection);
  if (!booted.runtime.quitted) await booted.quit();
});

/** Page code as text: this file is type-checked without the DOM. */
const GET_STATE = 'window.vps.getState()';

const win = () => booted.runtime.windows[0]!;
const trayLabels = () => booted.runtime.trays[0]?.menu.map((item) => item.label) ?? [];

describe('the built app under the stand-in Electron', () => {
  it('opens its window on onboarding at first launch, with a tray menu built from the state', async () => {
    await waitUntil('the window to be shown', () => win()?.isVisible());
    page = await win().webContents.page;
    await page.getByRole('button', { name: 'Try the demo' }).waitFor();
    expect(win().options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: true });
    // Not packaged (npm start, npm run dev): Electron's default menu stays, for DevTools.
    expect(booted.runtime.applicationMenu).toBe('default');
    expect(trayLabels()).toContain('Add your API token…');
    // No account yet: the tray shows the offline icon, and the file is really there.
    expect(booted.runtime.trays[0]!.image).toMatch(/tray[/\\]offline\.png$/);
    expect(existsSync(booted.runtime.trays[0]!.image)).toBe(true);
  });

  it('loads its page from app://, through the app’s own handler, with the CSP on every response', async () => {
    expect(win().webContents.getURL()).toBe('app://vps-tray/index.html');
    const fetched = await page.evaluate<Array<[number, string | null]>>(`Promise.all(
      ['/index.html', [...document.scripts].find((s) => s.src).src, '/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json'].map((url) =>
        fetch(url).then((r) => [r.status, r.headers.get('content-security-policy')]),
      ),
    )`);
    expect(fetched.map(([status]) => status)).toEqual([200, 200, 404, 404]);
    for (const [, csp] of fetched) expect(csp).toContain("script-src 'self'");
  });

  it('runs the demo through renderer → preload → IPC → handlers, and the tray lists its servers', async () => {
    await page.getByRole('button', { name: 'Try the demo' }).click();
    await page.getByRole('row', { name: /web-01/ }).waitFor();
    await waitUntil('web-01 in the tray menu', () => trayLabels().some((label) => label.includes('web-01')));
  });

  it('reboots web-01 from the tray: two clicks and a confirmation, the request reaches the simulator, "is up again" follows', async () => {
    const reboot = booted.runtime.trayItem(['web-01', 'Reboot']);
    expect(reboot.enabled).toBe(true);
    reboot.click!();
    await waitUntil('the reboot request at the simulator', () => requests.find((r) => r.method === 'POST' && /\/servers\/\d+\/reboot\/?$/.test(r.url)));
    expect(booted.runtime.messageBoxes.at(-1)?.message).toBe('Reboot web-01?');
    await waitUntil('the "is up again" notification', () => booted.runtime.notifications.find((n) => /web-01 is up again/.test(n.title + n.body)), 40_000);
  }, 60_000);

  it('a click on that notification shows the window at the server, even after a garbage collection', async () => {
    win().hide();
    expect(win().isVisible()).toBe(false);
    booted.runtime.collectGarbage();
    booted.runtime.clickNotification(/web-01 is up again/);
    expect(win().isVisible()).toBe(true);
    await page.getByRole('heading', { name: 'web-01', level: 1 }).waitFor();
  });

  it('refuses IPC from a sub-frame and from a page the window was navigated to', async () => {
    const fromMain = await page.evaluate<{ ok: boolean }>(GET_STATE);
    expect(fromMain.ok).toBe(true);

    await page.evaluate(`document.body.append(Object.assign(document.createElement('iframe'), { name: 'child', srcdoc: '<p>child</p>' }))`);
    const child = await waitUntil('the sub-frame', () => page.frame({ name: 'child' }));
    await child.waitForFunction(`'vps' in window`);
    const fromChild = await child.evaluate(GET_STATE);
    expect(fromChild).toMatchObject({ ok: false, error: { kind: 'forbidden' } });

    // The shell stops navigation away from the app's page…
    const appUrl = page.url();
    const foreign = `http://${requests.at(-1)!.host}/account/me/`;
    await expect(page.evaluate(`location.href = ${JSON.stringify(foreign)}`).then(() => page.waitForURL(foreign, { timeout: 2_000 }))).rejects.toThrow();
    expect(page.url()).toBe(appUrl);
    // …and should a page get there anyway, its calls are refused.
    await page.unrouteAll();
    await page.goto(foreign);
    await page.waitForFunction(`'vps' in window`);
    const fromForeign = await page.evaluate(GET_STATE);
    expect(fromForeign).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
  });

  it('quits: the tray goes, the core stops and writes its state, with no unhandled rejection', async () => {
    await booted.quit();
    expect(booted.runtime.trays[0]!.destroyed).toBe(true);
    const stored = JSON.parse(readFileSync(path.join(userData, 'config.json'), 'utf8')) as Record<string, unknown>;
    expect(JSON.stringify(stored)).toContain('web-01');
    expect(rejections).toEqual([]);
    // The log for bug reports: what happened, without the demo's token.
    const log = readFileSync(path.join(userData, 'logs', 'vps-tray.log'), 'utf8');
    expect(log).toMatch(/ info app\.start \{"version":"\d+\.\d+\.\d+"/);
    expect(log).toMatch(/ info refresh\.ok \{"servers":\d+/);
    expect(log).toContain(' info notification {"title":"web-01 is up again');
    expect(log).not.toMatch(/vps_[A-Za-z0-9]/);
  });
});
