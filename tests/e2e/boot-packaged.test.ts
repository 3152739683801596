// The installed app (app.isPackaged), connected to a real account through onboarding with a
// read-only token kept in the real keychain: no application menu (so no DevTools or Reload
// accelerator on Linux) and DevTools off in the window; it loads its own page from app://
// whatever ELECTRON_RENDERER_URL says; its tray names the permission the token lacks; its login
// item runs the installed executable alone; removing the token forgets the account's stored
// details; and its data file is readable by the user only.
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TIMINGS, startSimulator, type Simulator } from '../../src/core/simulator/simulator';
import { bootBuiltApp, type Booted } from '../electron-standin/boot';
import { waitUntil } from '../electron-standin/wait';

const userData = mkdtempSync(path.join(os.tmpdir(), 'vps-packaged-'));
const configHome = mkdtempSync(path.join(os.tmpdir(), 'vps-packaged-xdg-'));
process.env.XDG_CONFIG_HOME = configHome;
const autostartFile = path.join(configHome, 'autostart', 'vps-tray.desktop');

/** A server that must never be asked: the dev-server variable points at it. */
const strangerRequests: string[] = [];
const stranger = createServer((request, response) => {
  strangerRequests.push(request.url ?? '');
  response.writeHead(200, { 'content-type': 'text/html' }).end('<title>not the app</title>');
});

let sim: Simulator;
let booted: Booted;
let page: Page;

beforeAll(async () => {
  sim = await startSimulator({ timings: DEMO_TIMINGS });
  await new Promise<void>((resolve) => stranger.listen(0, '127.0.0.1', resolve));
  process.env.ELECTRON_RENDERER_URL = `http://127.0.0.1:${(stranger.address() as AddressInfo).port}/`;
  booted = await bootBuiltApp({ userData, packaged: true });
  const win = await waitUntil('the window to be shown', () => booted.runtime.windows[0]?.isVisible() && booted.runtime.windows[0]);
  page = await win.webContents.page;
});

afterAll(async () => {
  delete process.env.ELECTRON_RENDERER_URL;
  if (!booted.runtime.quitted) await booted.quit();
  await sim.close();
  stranger.close();
});

const stored = () => JSON.parse(readFileSync(path.join(userData, 'config.json'), 'utf8')) as Record<string, unknown>;

describe('the installed app', () => {
  it('removes the default application menu', () => {
    expect(booted.runtime.applicationMenu).toBeNull();
  });

  it('opens its window with DevTools off, on its own page from app://, not the one ELECTRON_RENDERER_URL names', async () => {
    const win = booted.runtime.windows[0]!;
    expect(win.options.webPreferences).toMatchObject({ devTools: false, sandbox: true, contextIsolation: true });
    await page.getByRole('heading', { name: 'Connect your VPS.org account' }).waitFor();
    expect(win.webContents.getURL()).toBe('app://vps-tray/index.html');
    expect(strangerRequests).toEqual([]);
  });

  it('connects a read-only token, kept in the keychain, and its tray names the permission the power actions need', async () => {
    await page.getByText('Advanced').click();
    await page.getByLabel('API address').fill(sim.url);
    await page.getByLabel('API token').fill(sim.tokens.readOnly);
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('row', { name: /web-01/ }).waitFor();

    const reboot = await waitUntil('web-01 in the tray', () => booted.runtime.trays[0]!.menu.some((item) => item.label.includes('web-01')) && booted.runtime.trayItem(['web-01', /^Reboot/]));
    expect(reboot).toMatchObject({ label: 'Reboot (needs servers:power)', enabled: false, toolTip: 'Your token needs servers:power.' });
    expect(reboot.click).toBeUndefined();
    expect(JSON.stringify(stored())).not.toContain(sim.tokens.readOnly);
  });

  it('starts at login through an autostart entry that runs the installed executable alone, hidden', async () => {
    await page.getByRole('button', { name: /^Settings/ }).click();
    await page.getByRole('switch', { name: 'Start at login' }).click();
    const entry = await waitUntil('the autostart entry', () => existsSync(autostartFile) && readFileSync(autostartFile, 'utf8'));
    expect(entry).toContain(`\nExec=${process.execPath} --hidden\n`);
  });

  it('removing the token forgets what the app stored about the account, and onboarding comes back', async () => {
    await page.getByText('The system keychain').waitFor();
    const profileId = (stored().activeProfileId as string | null) ?? '';
    expect(stored()).toHaveProperty([`session.${profileId}`]);
    await page.getByRole('button', { name: 'Remove token' }).click();
    await page.getByRole('dialog', { name: 'Remove the token?' }).getByRole('button', { name: 'Remove token' }).click();
    await page.getByRole('heading', { name: 'Connect your VPS.org account' }).waitFor();
    expect(stored()).not.toHaveProperty([`session.${profileId}`]);
  });

  it('quits with its data file readable by the user only', async () => {
    await booted.quit();
    expect(statSync(path.join(userData, 'config.json')).mode & 0o777).toBe(0o600);
  });
});
