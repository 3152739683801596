// A second launch while VPS Tray runs: Electron refuses this process the single-instance lock
// (and tells the running one, which shows its window: boot.test.ts). This process quits at
// once, without a window, a tray icon or a look at the data file.
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootBuiltApp, type Booted } from '../electron-standin/boot';

const userData = mkdtempSync(path.join(os.tmpdir(), 'vps-second-'));
let booted: Booted;

beforeAll(async () => {
  booted = await bootBuiltApp({ userData, singleInstanceLock: false });
});

afterAll(() => booted.quit());

describe('a second instance', () => {
  it('quits at once, and nothing appears once Electron is ready', async () => {
    expect(booted.runtime.quitted).toBe(true);
    const { app } = await import('../electron-standin/electron');
    await app.whenReady();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(booted.runtime.windows).toEqual([]);
    expect(booted.runtime.trays).toEqual([]);
    expect(existsSync(path.join(userData, 'config.json'))).toBe(false);
  });
});
