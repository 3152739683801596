// Started at sign-in (the login item's --hidden), the built app stays in the tray, with the
// servers of its last run in the menu.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/main/app';
import { openDataStore } from '../../src/core/store/data-store';
import { createVault } from '../../src/core/vault/vault';
import { HIDDEN_ARG } from '../../src/main/launch';
import { recordingDesktop } from '../../src/main/testing/app-harness';
import { bootBuiltApp, type Booted } from '../electron-standin/boot';
import { waitUntil } from '../electron-standin/wait';
import type { MenuItemRecord } from '../electron-standin/runtime';

const userData = mkdtempSync(path.join(os.tmpdir(), 'vps-login-'));
let booted: Booted;
const firstMenus: MenuItemRecord[][] = [];

/** A previous run: the demo was tried and its servers cached, then the app quit. */
async function previousRun(): Promise<string[]> {
  const app = createApp({
    store: openDataStore(userData).store,
    vault: createVault(),
    desktop: recordingDesktop(),
  });
  await app.start();
  await app.handlers.startDemo(undefined);
  await waitUntil('the demo servers', () => app.state().servers.length > 0 && app.state().sync.lastSuccessAt !== null);
  const names = app.state().servers.map((s) => s.name);
  await app.stop();
  return names;
}

let cachedNames: string[] = [];

beforeAll(async () => {
  cachedNames = await previousRun();
  booted = await bootBuiltApp({ userData, args: [HIDDEN_ARG] });
  booted.runtime.events.on('tray-menu', (menu: MenuItemRecord[]) => firstMenus.push(menu));
});

afterAll(() => booted.quit());

describe('started at login', () => {
  it('keeps the window hidden once its page is ready', async () => {
    const win = await waitUntil('the window page to be ready', () => booted.runtime.windows.find((w) => w.readyToShow));
    expect(win.isVisible()).toBe(false);
  });

  it('builds its first tray menu with the servers of the last run, before the keychain answers', async () => {
    const first = await waitUntil('the first tray menu', () => firstMenus[0]);
    for (const name of cachedNames.slice(0, 3)) expect(first.some((item) => item.label.includes(name))).toBe(true);
    expect(first.map((item) => item.label)).not.toContain('Add your API token…');
  });

  it('opens the window on a click of the tray icon', () => {
    booted.runtime.trays[0]!.emitter.emit('click');
    expect(booted.runtime.windows[0]!.isVisible()).toBe(true);
  });
});
