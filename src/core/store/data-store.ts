// Where the app and `vps` keep their data, in the app's userData folder: settings, profiles,
// reminders and history in config.json; each profile's last known servers, domains and zones in
// cache.json, so a refresh (which rewrites the cache) never rewrites the settings. Both files
// are FileStores; the Store handed out sends each key to its file. A config.json from before
// the split still holds caches: they are moved over when the data is first opened.
import path from 'node:path';
import { FileStore } from './file-store';
import { CACHE_FILE, STORE_FILE } from './paths';
import { isCacheKey, type Store } from './store';

export interface DataStore {
  store: Store;
  /** Where a file that could not be read was set aside, if one was. */
  recovered: string | null;
}

export function openDataStore(dir: string): DataStore {
  const config = new FileStore(path.join(dir, STORE_FILE));
  const cache = new FileStore(path.join(dir, CACHE_FILE));
  moveCaches(config, cache);
  const fileOf = (key: string): FileStore => (isCacheKey(key) ? cache : config);
  const store: Store = {
    get: (key) => fileOf(key).get(key),
    set: (key, value) => fileOf(key).set(key, value),
    delete: (key) => fileOf(key).delete(key),
    update: (key, change) => fileOf(key).update(key, change),
  };
  return { store, recovered: config.recovered ?? cache.recovered };
}

function moveCaches(config: FileStore, cache: FileStore): void {
  for (const key of config.keys().filter(isCacheKey)) {
    const value = config.get<unknown>(key);
    // The copy first, then the original: a crash in between leaves the cache twice, never lost.
    // A cache already in cache.json is newer than one left in config.json.
    cache.update<unknown>(key, (current) => current ?? value);
    config.delete(key);
  }
}
