// A data file that is not JSON (a crash mid-write by an older version, a hand edit gone wrong)
// does not stop the app: the file is set aside, untouched, for the user to look at, the app
// starts fresh, and its window says what happened and where the old file is.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootBuiltApp, type Booted } from '../electron-standin/boot';
import { waitUntil } from '../electron-standin/wait';

const userData = mkdtempSync(path.join(os.tmpdir(), 'vps-corrupt-'));
const DAMAGED = '{"profiles": [{"id": "p1", "name": "Wo';
let booted: Booted;

beforeAll(async () => {
  writeFileSync(path.join(userData, 'config.json'), DAMAGED);
  booted = await bootBuiltApp({ userData });
});

afterAll(() => booted.quit());

describe('a damaged data file', () => {
  it('is set aside as it was, and the app starts fresh', async () => {
    await waitUntil('the tray menu', () => booted.runtime.trays[0]?.menu.length);
    expect(booted.runtime.trays[0]!.menu.map((item) => item.label)).toContain('Add your API token…');
    const setAside = readdirSync(userData).filter((name) => /^config\.json\.corrupt-\d+$/.test(name));
    expect(setAside).toHaveLength(1);
    expect(readFileSync(path.join(userData, setAside[0]!), 'utf8')).toBe(DAMAGED);
  });

  it('tells the window, whose onboarding shows the notice with the file it was set aside as', async () => {
    const win = await waitUntil('the window to be shown', () => booted.runtime.windows[0]?.isVisible() && booted.runtime.windows[0]);
    const page = await win.webContents.page;
    const setAside = path.join(userData, readdirSync(userData).find((name) => name.startsWith('config.json.corrupt-'))!);
    const notice = `could not be read, so it was set aside as ${setAside}`;
    const state = await page.evaluate<{ value: { notices: Array<{ message: string }> } }>('window.vps.getState()');
    expect(state.value.notices.map((n) => n.message).join('\n')).toContain(notice);
    await page.getByRole('heading', { name: 'Connect your VPS.org account' }).waitFor();
    await page.getByRole('status').filter({ hasText: notice }).waitFor();
  });
});
