// The BUILT app (out/main, out/preload, out/renderer) booted end to end under the stand-in
// Electron runtime (tests/electron-standin), in demo mode: the tray, the window, IPC from the
// real preload in real Chromium, notifications, dialogs, the clipboard, start at login, the
// security checklist, and quitting.
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bootBuiltApp, type Booted } from '../electron-standin/boot';
import { waitUntil } from '../electron-standin/wait';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const userData = mkdtempSync(path.join(os.tmpdir(), 'vps-boot-'));
const downloads = mkdtempSync(path.join(os.tmpdir(), 'vps-boot-downloads-'));
// Start at login writes an XDG autostart entry under XDG_CONFIG_HOME: never the real one.
const configHome = mkdtempSync(path.join(os.tmpdir(), 'vps-boot-xdg-'));
process.env.XDG_CONFIG_HOME = configHome;
const autostartFile = path.join(configHome, 'autostart', 'vps-tray.desktop');
const logFile = path.join(userData, 'logs', 'vps-tray.log');

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

/** A web page that is not the app's. */
const FOREIGN_PAGE = '<!doctype html><title>foreign</title>';
let foreignServer: Server;
let foreignOrigin = '';

beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  subscribe('http.server.request.start', onRequest);
  foreignServer = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(FOREIGN_PAGE));
  await new Promise<void>((resolve) => foreignServer.listen(0, '127.0.0.1', resolve));
  foreignOrigin = `http://127.0.0.1:${(foreignServer.address() as AddressInfo).port}`;
  booted = await bootBuiltApp({ userData });
});

afterAll(async () => {
  unsubscribe('http.server.request.start', onRequest);
  process.off('unhandledRejection', onRejection);
  if (!booted.runtime.quitted) await booted.quit();
  foreignServer.close();
});

/** Page code as text: this file is type-checked without the DOM. */
const GET_STATE = 'window.vps.getState()';

const win = () => booted.runtime.windows[0]!;
/** The log for bug reports, as written so far. */
const readLog = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');
const trayLabels = () => booted.runtime.trays[0]?.menu.map((item) => item.label) ?? [];
const clickTrayIcon = () => booted.runtime.trays[0]!.emitter.emit('click');
const sidebar = (view: RegExp) => page.getByRole('button', { name: view }).click();

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
    // The window is open, so the question is asked in front of it.
    expect(booted.runtime.messageBoxes.at(-1)).toMatchObject({ window: true, message: 'Reboot web-01?', buttons: ['Reboot', 'Cancel'] });
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

  it('closing the window only hides it: the app lives on in the tray, and the tray brings the same page back', async () => {
    win().close();
    expect(win().isVisible()).toBe(false);
    expect(win().isDestroyed()).toBe(false);
    // The core knows the window is hidden (it then refreshes less often).
    await expect.poll(async () => (await page.evaluate<{ value: { windowVisible: boolean } }>(GET_STATE)).value.windowVisible).toBe(false);
    clickTrayIcon();
    expect(win().isVisible()).toBe(true);
    await page.getByRole('heading', { name: 'web-01', level: 1 }).waitFor();
  });

  it('a minimized window comes back from the tray restored and focused', async () => {
    win().minimize();
    expect(win().isMinimized()).toBe(true);
    clickTrayIcon();
    expect(win().isMinimized()).toBe(false);
    expect(win().isFocused()).toBe(true);
  });

  it('with the window closed, a tray Stop asks in a dialog of its own, and Cancel stops nothing', async () => {
    win().close();
    booted.runtime.messageBoxAnswers.push(1);
    const before = requests.length;
    booted.runtime.trayItem(['web-01', 'Stop']).click!();
    const asked = await waitUntil('the Stop question', () => booted.runtime.messageBoxes.find((box) => box.message === 'Stop web-01?'));
    expect(asked).toMatchObject({ window: false, buttons: ['Stop', 'Cancel'], response: 1 });
    // The app has taken the answer (its log says so, just before it would have sent the stop).
    await waitUntil('the answer in the log', () => readLog().includes('tray.confirm {"action":"stop","server":"web-01","confirmed":false}'));
    expect(requests.slice(before).filter((r) => r.method === 'POST' && /\/stop\/?$/.test(r.url))).toEqual([]);
  });

  it('a second launch shows the running window instead of starting another app', async () => {
    expect(win().isVisible()).toBe(false);
    booted.runtime.launchSecondInstance();
    await waitUntil('the window to be shown', () => win().isVisible());
    expect(booted.runtime.windows).toHaveLength(1);
  });

  it('waking from sleep refreshes at once', async () => {
    const before = requests.length;
    booted.runtime.powerMonitor.emit('resume');
    // Well within the refresh interval, so that only the resume can have asked.
    await waitUntil('a refresh after resume', () => requests.slice(before).find((r) => r.method === 'GET' && /\/servers\/?(\?|$)/.test(r.url)), 5_000);
  });

  it('copies a server IP to the clipboard, and says so when the clipboard refuses it', async () => {
    const ip = (await page.evaluate<{ value: { servers: Array<{ name: string; ip_address: string }> } }>(GET_STATE)).value.servers.find((s) => s.name === 'web-01')!.ip_address;
    await page.getByRole('button', { name: 'Copy IP of web-01' }).click();
    await page.getByText(`Copied ${ip}, the IP address of web-01.`).waitFor();
    expect(booted.runtime.clipboard.at(-1)).toBe(ip);

    const copies = booted.runtime.clipboard.length;
    booted.runtime.clipboardFailures.push(new Error('The clipboard is held by another program.'));
    await page.getByRole('button', { name: 'Copy IP of web-01' }).click();
    await page.getByText(/Something went wrong/).waitFor();
    expect(booted.runtime.clipboard).toHaveLength(copies);
  });

  it('tells of each failed copy from the tray in a notification, and keeps the last 50 of them clickable', async () => {
    const before = booted.runtime.notifications.length;
    const copy = booted.runtime.trayItem(['web-01', 'Copy IP']);
    for (let i = 0; i < 51; i++) {
      booted.runtime.clipboardFailures.push(new Error('The clipboard is held by another program.'));
      copy.click!();
    }
    const failures = await waitUntil('51 notifications', () => booted.runtime.notifications.length - before === 51 && booted.runtime.notifications.slice(before));
    expect(new Set(failures.map((n) => n.title))).toEqual(new Set(['Could not copy the IP address']));
    // Nobody clicked them: the oldest is let go, the newest 50 stay alive.
    booted.runtime.collectGarbage();
    expect(failures[0]!.ref.deref()).toBeUndefined();
    expect(failures.slice(1).every((n) => n.ref.deref() !== undefined)).toBe(true);
    await sidebar(/^Domains/);
    booted.runtime.clickNotification(/Could not copy the IP address/);
    await page.getByRole('heading', { name: 'web-01', level: 1 }).waitFor();
  });

  it('exports the expiry calendar: Cancel saves nothing, a chosen file gets one event per domain', async () => {
    await sidebar(/^Domains/);
    const exportButton = page.getByRole('button', { name: 'Export calendar (.ics)' });
    await exportButton.click();
    await page.getByText('Export cancelled.').waitFor();
    expect(booted.runtime.saveDialogs.at(-1)).toEqual({ window: true, defaultPath: 'vps-domain-expiry.ics', filters: [{ name: 'Calendar', extensions: ['ics'] }], answer: null });

    const file = path.join(downloads, 'expiry.ics');
    booted.runtime.saveDialogAnswers.push(file);
    await exportButton.click();
    await page.getByText(`Saved the calendar to ${file}.`).waitFor();
    const events = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8'))).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c).summary);
    const domains = (await page.evaluate<{ value: { domains: Array<{ domain_name: string }> } }>(GET_STATE)).value.domains;
    expect(events).toHaveLength(domains.length);
    for (const { domain_name } of domains) expect(events.some((summary) => summary.includes(domain_name))).toBe(true);
  });

  it('Start at login writes an XDG autostart entry that starts the app hidden, and turning it off removes it', async () => {
    await sidebar(/^Settings/);
    const startAtLogin = page.getByRole('switch', { name: 'Start at login' });
    await startAtLogin.click();
    await page.locator('[role="switch"][aria-label="Start at login"][aria-checked="true"]').waitFor();
    const entry = await waitUntil('the autostart entry', () => existsSync(autostartFile) && readFileSync(autostartFile, 'utf8'));
    // Not packaged: Electron's binary runs the app's folder, then the login item's --hidden.
    expect(entry).toContain(`Exec=${process.execPath} ${ROOT} --hidden`);

    await startAtLogin.click();
    await page.locator('[role="switch"][aria-label="Start at login"][aria-checked="false"]').waitFor();
    await waitUntil('the autostart entry to go', () => !existsSync(autostartFile));
  });

  it('opens allow-listed https links in the browser and no window at all', async () => {
    const popups: Page[] = [];
    page.context().on('page', (popup) => popups.push(popup));
    const urls = ['https://vps.org/help', 'http://vps.org/plain', 'https://evil.example/', 'https://admin.vps.org.evil.example/'];
    await page.evaluate(`${JSON.stringify(urls)}.forEach((url) => window.open(url))`);
    await waitUntil('the help page in the browser', () => booted.runtime.openedExternal.includes('https://vps.org/help'));
    // Chromium made a page for each window.open; none of them may stay.
    await waitUntil('every new window closed', () => popups.length === urls.length && popups.every((popup) => popup.isClosed()));
    expect(booted.runtime.openedExternal).toEqual(['https://vps.org/help']);
  });

  it('Settings opens the log folder in the file manager, for a bug report', async () => {
    await sidebar(/^Settings/);
    await page.getByRole('button', { name: 'Open log folder' }).click();
    await waitUntil('the log folder opened', () => booted.runtime.openedExternal.includes(path.join(userData, 'logs')));
  });

  it('grants the page no permission: notifications, location, camera, microphone', async () => {
    const answers = await page.evaluate<Record<string, string>>(`(async () => ({
      notifications: await Notification.requestPermission(),
      notificationsCheck: (await navigator.permissions.query({ name: 'notifications' })).state,
      geolocation: await new Promise((resolve) => navigator.geolocation.getCurrentPosition(() => resolve('position'), (error) => resolve('error ' + error.code))),
      geolocationCheck: (await navigator.permissions.query({ name: 'geolocation' })).state,
      media: await navigator.mediaDevices.getUserMedia({ video: true, audio: true }).then(() => 'stream', (error) => error.name),
      cameraCheck: (await navigator.permissions.query({ name: 'camera' })).state,
    }))()`);
    expect(answers).toEqual({
      notifications: 'denied',
      notificationsCheck: 'denied',
      geolocation: 'error 1',
      geolocationCheck: 'denied',
      media: 'NotAllowedError',
      cameraCheck: 'denied',
    });
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
    const foreign = `${foreignOrigin}/page.html`;
    const before = requests.length;
    await expect(page.evaluate(`location.href = ${JSON.stringify(foreign)}`).then(() => page.waitForURL(foreign, { timeout: 2_000 }))).rejects.toThrow();
    expect(page.url()).toBe(appUrl);
    expect(requests.slice(before).filter((r) => r.url === '/page.html')).toEqual([]);
    // …and should a page get there anyway (here: past the window's own navigation guard), its
    // calls are refused.
    await page.unrouteAll();
    await page.goto(foreign);
    expect(await page.title()).toBe('foreign');
    await page.waitForFunction(`'vps' in window`);
    const fromForeign = await page.evaluate(GET_STATE);
    expect(fromForeign).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
  });

  it("quits from the tray's Quit in the middle of a reboot: the window really closes, the tray goes, the core stops and writes its state, with no error", async () => {
    const errors: unknown[][] = [];
    const consoleError = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args));
    try {
      // Right after a menu rebuild, a newer state waits for the next one (at most one per
      // 250 ms) when Quit destroys the tray: nothing may touch the destroyed tray afterwards.
      const rebuilt = new Promise((resolve) => booted.runtime.events.once('tray-menu', resolve));
      booted.runtime.trayItem(['web-02', 'Reboot']).click!();
      await rebuilt;
      booted.runtime.trayItem(['Refresh']).click!();
      await new Promise((resolve) => setTimeout(resolve, 50));
      await booted.quit();
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      consoleError.mockRestore();
    }
    expect(errors).toEqual([]);
    expect(win().isDestroyed()).toBe(true);
    expect(booted.runtime.trays[0]!.destroyed).toBe(true);
    const stored = JSON.stringify(JSON.parse(readFileSync(path.join(userData, 'config.json'), 'utf8')));
    expect(stored).toContain('web-01');
    expect(stored).toContain('VPS Tray quit before the server settled.');
    expect(rejections).toEqual([]);
    // The log for bug reports: what happened, without the demo's token.
    const log = readLog();
    expect(log).toMatch(/ info app\.start \{"version":"\d+\.\d+\.\d+"/);
    expect(log).toMatch(/ info refresh\.ok \{"servers":\d+/);
    expect(log).toContain(' info notification {"title":"web-01 is up again');
    expect(log).not.toMatch(/vps_[A-Za-z0-9]/);
  });
});
