// A Store in one JSON file, written atomically (temp file + rename). A file that is not valid
// JSON is moved aside (config.json.corrupt-<time>) and the store starts empty; `recovered`
// says so, so the app can show a notice instead of crashing.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Store } from './store';

export class JsonFileStore implements Store {
  private data: Record<string, unknown>;
  /** Set when the file was unreadable and moved aside; the path it was moved to. */
  readonly recovered: string | null = null;

  constructor(readonly file: string) {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const loaded = readJsonObject(file);
    if (loaded.ok) {
      this.data = loaded.value;
    } else {
      this.data = {};
      if (loaded.corrupt) {
        const aside = `${file}.corrupt-${Date.now()}`;
        renameSync(file, aside);
        this.recovered = aside;
      }
    }
  }

  get<T>(key: string): T | undefined {
    const value = this.data[key];
    return value === undefined ? undefined : (structuredClone(value) as T);
  }

  set(key: string, value: unknown): void {
    this.data[key] = structuredClone(value);
    this.flush();
  }

  delete(key: string): void {
    if (!(key in this.data)) return;
    delete this.data[key];
    this.flush();
  }

  private flush(): void {
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.data, null, 2), { mode: 0o600 });
    renameSync(tmp, this.file);
  }
}

type ReadResult = { ok: true; value: Record<string, unknown> } | { ok: false; corrupt: boolean };

/** Reads a JSON object from disk; missing is not corrupt, anything unparsable or non-object is. */
export function readJsonObject(file: string): ReadResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { ok: false, corrupt: false };
  }
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return { ok: true, value: value as Record<string, unknown> };
  } catch {
    // fall through: unparsable
  }
  return { ok: false, corrupt: true };
}
