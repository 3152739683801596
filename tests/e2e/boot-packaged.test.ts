// The built app as an installed copy runs it (app.isPackaged): no application menu and so no
// DevTools or Reload accelerator on Linux, DevTools off in the window, and its data file
// readable by the user only.
import { mkdtempSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootBuiltApp, type Booted } from '../electron-standin/boot';
import { waitUntil } from '../electron-standin/wait';

const userData = mkdtempSync(path.join(os.tmpdir(), 'vps-packaged-'));
let booted: Booted;

beforeAll(async () => {
  booted = await bootBuiltApp({ userData, packaged: true });
});

afterAll(async () => {
  if (!booted.runtime.quitted) await booted.quit();
});

describe('the packaged app', () => {
  it('removes the default application menu', async () => {
    await waitUntil('the window', () => booted.runtime.windows[0]?.isVisible());
    expect(booted.runtime.applicationMenu).toBeNull();
  });

  it('opens its window with DevTools switched off, and its page from app://', () => {
    const win = booted.runtime.windows[0]!;
    expect(win.options.webPreferences).toMatchObject({ devTools: false, sandbox: true, contextIsolation: true });
    expect(win.webContents.getURL()).toBe('app://vps-tray/index.html');
  });

  it('writes its data file readable by the user only', async () => {
    const page = await booted.runtime.windows[0]!.webContents.page;
    await page.getByRole('button', { name: 'Try the demo' }).click();
    await waitUntil('the demo servers in the tray', () => booted.runtime.trays[0]?.menu.some((item) => item.label.includes('web-01')));
    await booted.quit();
    expect(statSync(path.join(userData, 'config.json')).mode & 0o777).toBe(0o600);
  });
});
