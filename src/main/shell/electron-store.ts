// The app's Store on electron-store, in the same file the `vps` command reads with
// JsonFileStore (userData/config.json, flat keys). A file that is not valid JSON is moved aside
// first, so electron-store starts clean and the app can say what happened.
import { renameSync } from 'node:fs';
import path from 'node:path';
import ElectronStore from 'electron-store';
import { readJsonObject } from '../../core/store/json-file-store';
import { STORE_FILE } from '../../core/store/paths';
import type { Store } from '../../core/store/store';

export function openElectronStore(userDataDir: string): { store: Store; recovered: string | null } {
  const file = path.join(userDataDir, STORE_FILE);
  let recovered: string | null = null;
  const existing = readJsonObject(file);
  if (!existing.ok && existing.corrupt) {
    recovered = `${file}.corrupt-${Date.now()}`;
    renameSync(file, recovered);
  }
  const backing = new ElectronStore<Record<string, unknown>>({
    cwd: userDataDir,
    name: path.basename(STORE_FILE, '.json'),
    accessPropertiesByDotNotation: false,
    clearInvalidConfig: true,
    // Readable by the user only, as the `vps` command writes it.
    configFileMode: 0o600,
  });
  const store: Store = {
    get: <T>(key: string) => backing.get(key) as T | undefined,
    set: (key, value) => backing.set(key, value),
    delete: (key) => backing.delete(key),
  };
  return { store, recovered };
}
