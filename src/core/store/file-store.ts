// The one Store implementation, for the app and the `vps` command alike, in one JSON file that
// both may write at the same moment. Every write takes a lock file (proper-lockfile, shared by
// every process), reads the file again, changes only its own key, and replaces the file
// atomically (a temporary file, flushed, then renamed over it), so no writer loses another's
// key and no reader sees half a file. Reads come from memory, read again when the file changed
// on disk. A file that is not a JSON object is moved aside (NAME.corrupt-<time>) and the store
// starts empty; `recovered` says where it went, so the app can say so instead of crashing.
//
// Written in erasable TypeScript only: the concurrency test runs it in plain Node processes.
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import type { Store } from './store';

/** How long a write waits for another process's lock before it gives up with an error. */
const LOCK_WAIT_MS = 10_000;
/** A lock this old was left by a process that died while holding it: it is taken over. */
const STALE_LOCK_MS = 10_000;

type Data = Record<string, unknown>;
type ReadResult = { ok: true; value: Data } | { ok: false; corrupt: boolean };

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Blocks this thread: store writes are synchronous, and the lock is held for milliseconds. */
function sleepSync(ms: number): void {
  try {
    Atomics.wait(pause, 0, 0, ms);
  } catch {
    // An embedder may forbid Atomics.wait on its main thread: wait the plain way.
    const until = performance.now() + ms;
    while (performance.now() < until) {
      // waiting
    }
  }
}

/** Reads a JSON object from disk; missing is not corrupt, anything unparsable or non-object is. */
function readJsonObject(file: string): ReadResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { ok: false, corrupt: false };
  }
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return { ok: true, value: value as Data };
  } catch {
    // fall through: unparsable
  }
  return { ok: false, corrupt: true };
}

/** What identifies one version of the file: every write renames a new file into place. */
function versionOf(file: string): string {
  try {
    const stat = statSync(file);
    return `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

export class FileStore implements Store {
  readonly file: string;
  /** Set when the file was unreadable and moved aside at open; the path it was moved to. */
  readonly recovered: string | null;
  private data: Data = {};
  private version = 'missing';

  constructor(file: string) {
    this.file = file;
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    this.recovered = this.locked(() => this.load(true));
  }

  get<T>(key: string): T | undefined {
    if (versionOf(this.file) !== this.version) this.load(false);
    const value = this.data[key];
    return value === undefined ? undefined : (structuredClone(value) as T);
  }

  set(key: string, value: unknown): void {
    this.update(key, () => value);
  }

  delete(key: string): void {
    this.update(key, () => undefined);
  }

  update<T>(key: string, change: (current: T | undefined) => T | undefined): T | undefined {
    return this.locked(() => {
      this.load(true);
      const current = this.data[key];
      const next = change(current === undefined ? undefined : (structuredClone(current) as T));
      // Writing what is already there would only wake every other reader: a refresh that changes
      // nothing leaves the file alone.
      if (next === undefined ? !(key in this.data) : JSON.stringify(next) === JSON.stringify(current)) return next;
      if (next === undefined) delete this.data[key];
      else this.data[key] = structuredClone(next);
      this.write();
      return next;
    });
  }

  /** Every key, for moving keys between files. */
  keys(): string[] {
    if (versionOf(this.file) !== this.version) this.load(false);
    return Object.keys(this.data);
  }

  /**
   * Reads the file into memory. A corrupt file keeps the last good data in memory; under the
   * lock it is also moved aside, and where it went is returned. Outside the lock (a read) it is
   * left for the next write to set aside.
   */
  private load(underLock: boolean): string | null {
    const version = versionOf(this.file);
    const loaded = readJsonObject(this.file);
    if (loaded.ok) {
      this.data = loaded.value;
      this.version = version;
      return null;
    }
    if (!loaded.corrupt) {
      this.data = {};
      this.version = 'missing';
      return null;
    }
    if (!underLock) return null;
    const aside = `${this.file}.corrupt-${Date.now()}`;
    renameSync(this.file, aside);
    this.version = 'missing';
    return aside;
  }

  private write(): void {
    const tmp = `${this.file}.${process.pid}.tmp`;
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeSync(fd, JSON.stringify(this.data, null, 2));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    try {
      renameSync(tmp, this.file);
    } catch (error) {
      unlinkSync(tmp);
      throw error;
    }
    this.version = versionOf(this.file);
  }

  /** Runs `work` holding the lock every process shares for this file. */
  private locked<R>(work: () => R): R {
    const release = this.acquire();
    try {
      return work();
    } finally {
      release();
    }
  }

  private acquire(): () => void {
    const lockPath = `${this.file}.lock`;
    const giveUpAt = Date.now() + LOCK_WAIT_MS;
    for (let attempt = 0; ; attempt++) {
      try {
        return lockfile.lockSync(this.file, {
          lockfilePath: lockPath,
          realpath: false,
          stale: STALE_LOCK_MS,
          // The lock is held for milliseconds; if it is ever judged stale meanwhile, the write
          // is still atomic, and throwing from a timer would only crash the app.
          onCompromised: () => undefined,
        });
      } catch (error) {
        if ((error as { code?: string }).code !== 'ELOCKED' || Date.now() >= giveUpAt) {
          throw new Error(
            `VPS Tray could not lock its data file ${this.file} (${lockPath}): ${(error as Error).message}. If no other VPS Tray or vps is running, delete ${lockPath} and try again.`,
            { cause: error },
          );
        }
        sleepSync(Math.min(2 ** attempt, 25) + Math.random() * 5);
      }
    }
  }
}
