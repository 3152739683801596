import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDataStore } from './data-store';
import { CACHE_FILE, STORE_FILE } from './paths';
import { storeKeys } from './store';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'vps-data-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const read = (name: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Record<string, unknown>;
const cached = (n: number) => ({ servers: [{ id: n }], domains: [], zones: [], lastSuccessAt: '2026-01-01T00:00:00.000Z' });

describe('the data store', () => {
  it('keeps each profile’s cache in cache.json, so a refresh does not rewrite the settings', () => {
    const { store } = openDataStore(dir);
    store.set(storeKeys.settings, { theme: 'dark' });
    const settingsFile = statSync(path.join(dir, STORE_FILE));
    store.set(storeKeys.cache('p1'), cached(1));
    expect(read(CACHE_FILE)).toEqual({ 'cache.p1': cached(1) });
    expect(read(STORE_FILE)).toEqual({ settings: { theme: 'dark' } });
    const after = statSync(path.join(dir, STORE_FILE));
    expect([after.ino, after.mtimeMs]).toEqual([settingsFile.ino, settingsFile.mtimeMs]);
    expect(store.get(storeKeys.cache('p1'))).toEqual(cached(1));
  });

  it('moves the caches an older config.json holds into cache.json, losing nothing', () => {
    const old = { settings: { theme: 'dark' }, profiles: [{ id: 'p1' }, { id: 'p2' }], 'cache.p1': cached(1), 'cache.p2': cached(2), 'activity.p1': [] };
    writeFileSync(path.join(dir, STORE_FILE), JSON.stringify(old));
    const { store, recovered } = openDataStore(dir);
    expect(recovered).toBeNull();
    expect(read(STORE_FILE)).toEqual({ settings: { theme: 'dark' }, profiles: [{ id: 'p1' }, { id: 'p2' }], 'activity.p1': [] });
    expect(read(CACHE_FILE)).toEqual({ 'cache.p1': cached(1), 'cache.p2': cached(2) });
    expect(store.get(storeKeys.cache('p2'))).toEqual(cached(2));
    // Opening again finds nothing left to move.
    openDataStore(dir);
    expect(read(CACHE_FILE)).toEqual({ 'cache.p1': cached(1), 'cache.p2': cached(2) });
  });

  it('keeps the newer cache when a move was cut short and both files hold one', () => {
    writeFileSync(path.join(dir, STORE_FILE), JSON.stringify({ 'cache.p1': cached(1) }));
    writeFileSync(path.join(dir, CACHE_FILE), JSON.stringify({ 'cache.p1': cached(9) }));
    const { store } = openDataStore(dir);
    expect(store.get(storeKeys.cache('p1'))).toEqual(cached(9));
    expect(read(STORE_FILE)).toEqual({});
  });

  it('says where an unreadable settings file was set aside', () => {
    writeFileSync(path.join(dir, STORE_FILE), 'not json');
    const { recovered } = openDataStore(dir);
    expect(recovered).toMatch(/config\.json\.corrupt-\d+$/);
  });
});
