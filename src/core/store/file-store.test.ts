import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileStore } from './file-store';

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'vps-store-'));
  file = path.join(dir, 'config.json');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const onDisk = (): Record<string, unknown> => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('FileStore', () => {
  it('keeps values as copies, on disk, readable only by this user, with no temporary file left', () => {
    const store = new FileStore(file);
    const value = { names: ['a'] };
    store.set('k', value);
    value.names.push('b');
    expect(store.get('k')).toEqual({ names: ['a'] });
    expect(onDisk()).toEqual({ k: { names: ['a'] } });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    store.delete('k');
    expect(store.get('k')).toBeUndefined();
    expect(readdirSync(dir).sort()).toEqual(['config.json']);
  });

  it('re-reads the file before each write, so two stores on one file keep each other’s keys', () => {
    const app = new FileStore(file);
    const cli = new FileStore(file);
    app.set('settings', { theme: 'dark' });
    cli.set('profiles', [{ id: 'p1' }]);
    app.set('activity', []);
    expect(onDisk()).toEqual({ settings: { theme: 'dark' }, profiles: [{ id: 'p1' }], activity: [] });
    // And a read sees what the other wrote, without a restart.
    expect(app.get('profiles')).toEqual([{ id: 'p1' }]);
  });

  it('updates one key from its value on disk now, not from a stale copy', () => {
    const first = new FileStore(file);
    const second = new FileStore(file);
    first.set('list', ['a']);
    second.update<string[]>('list', (list) => [...(list ?? []), 'b']);
    first.update<string[]>('list', (list) => [...(list ?? []), 'c']);
    expect(onDisk().list).toEqual(['a', 'b', 'c']);
    expect(first.update('list', () => undefined)).toBeUndefined();
    expect(onDisk()).toEqual({});
  });

  it('leaves the file alone when a write changes nothing', () => {
    const store = new FileStore(file);
    store.set('ledger', { fired: { a: '1' } });
    const before = statSync(file);
    store.set('ledger', { fired: { a: '1' } });
    store.delete('missing');
    const after = statSync(file);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it('sets a file that is not JSON aside at open, starts empty, and says where it went', () => {
    writeFileSync(file, '{"profiles": [');
    const store = new FileStore(file);
    expect(store.recovered).toMatch(/config\.json\.corrupt-\d+$/);
    expect(readFileSync(store.recovered ?? '', 'utf8')).toBe('{"profiles": [');
    expect(store.get('profiles')).toBeUndefined();
    store.set('k', 1);
    expect(onDisk()).toEqual({ k: 1 });
  });

  it('keeps what it had when the file is damaged under it, and the next write sets the damage aside', () => {
    const store = new FileStore(file);
    store.set('settings', { theme: 'dark' });
    writeFileSync(file, 'garbage');
    expect(store.get('settings')).toEqual({ theme: 'dark' });
    store.set('profiles', []);
    expect(onDisk()).toEqual({ settings: { theme: 'dark' }, profiles: [] });
    expect(readdirSync(dir).filter((name) => name.includes('.corrupt-'))).toHaveLength(1);
  });

  it('takes over a lock left behind by a process that died', () => {
    const store = new FileStore(file);
    mkdirSync(`${file}.lock`);
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${file}.lock`, old, old);
    store.set('k', 'v');
    expect(onDisk()).toEqual({ k: 'v' });
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('waits for a lock another process holds, and writes once it is released', async () => {
    const store = new FileStore(file);
    mkdirSync(`${file}.lock`);
    const writer = runWriters(1, 5, 200).then(() => Date.now());
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(store.get('counter')).toBeUndefined();
    const releasedAt = Date.now();
    rmSync(`${file}.lock`, { recursive: true });
    expect(await writer).toBeGreaterThanOrEqual(releasedAt);
    expect(store.get('counter')).toBe(5);
  });

  it('loses nothing when 8 processes write different keys at the same moment', async () => {
    new FileStore(file).set('before', true);
    const results = await runWriters(8, KEYS_EACH);
    expect(results).toHaveLength(8);
    const data = onDisk();
    for (let writer = 0; writer < 8; writer++) {
      for (let i = 0; i < KEYS_EACH; i++) expect(data[`w${writer}.${i}`]).toEqual({ writer: `w${writer}`, i });
    }
    expect(data.before).toBe(true);
    // Every read-modify-write of the one shared key counted: the lock kept them apart.
    expect(data.counter).toBe(8 * KEYS_EACH);
    expect(readdirSync(dir).sort()).toEqual(['config.json']);
  }, 60_000);
});

const KEYS_EACH = 6;
const STORE_MODULE = fileURLToPath(new URL('./file-store.ts', import.meta.url));
const WRITER = fileURLToPath(new URL('./testing/write-keys.mjs', import.meta.url));

/** `count` writer processes, each writing `keys` keys of its own and bumping the shared counter, all starting after `delayMs`. */
function runWriters(count: number, keys: number, delayMs = 1_000): Promise<unknown[]> {
  const startAt = Date.now() + delayMs;
  return Promise.all(
    Array.from({ length: count }, (_, writer) =>
      new Promise<unknown>((resolve, reject) => {
        const child = spawn(process.execPath, [WRITER, STORE_MODULE, file, `w${writer}`, String(keys), String(startAt)], { stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        let err = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
        child.on('error', reject);
        child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`writer w${writer} exited ${code}: ${err}`))));
      }),
    ),
  );
}
