// The OS names no preferred language (a bare Linux session can have none): the app follows
// the locale Electron picked for it instead, in the tray and in the window alike.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fi from '../../src/shared/i18n/messages/fi.json' with { type: 'json' };
import { bootBuiltApp, type Booted } from '../electron-standin/boot';
import { waitUntil } from '../electron-standin/wait';

let booted: Booted;

beforeAll(async () => {
  booted = await bootBuiltApp({ userData: mkdtempSync(path.join(os.tmpdir(), 'vps-language-')), preferredLanguages: [], locale: 'fi-FI' });
});

afterAll(() => booted.quit());

describe('an OS with no preferred languages', () => {
  it('speaks the language of the app’s locale', async () => {
    // The language loads after start-up: the first menu may still be in English.
    await waitUntil('the tray in Finnish', () => booted.runtime.trays[0]?.menu.some((item) => item.label === fi.tray_add_token));
    const win = await waitUntil('the window to be shown', () => booted.runtime.windows[0]?.isVisible() && booted.runtime.windows[0]);
    const page = await win.webContents.page;
    await page.getByRole('heading', { name: fi.onboarding_title }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fi');
  });
});
