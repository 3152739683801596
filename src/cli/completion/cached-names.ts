// The names a completion script offers for SERVER, DOMAIN and ZONE: what the app last listed,
// from its cache in the store file. Read only: completing a word never writes the store, never
// asks the keychain and never calls the API.
import type { NameKind } from '../command-spec';
import { createCache } from '../../core/services/cache';
import { readJsonObject } from '../../core/store/json-file-store';
import { storeKeys, type Store } from '../../core/store/store';

/** The store file's contents as a Store that only reads; an unreadable file is an empty store. */
function readOnlyStore(file: string): Store {
  const loaded = readJsonObject(file);
  const data = loaded.ok ? loaded.value : {};
  return {
    get: <T>(key: string) => data[key] as T | undefined,
    set: () => {
      throw new Error('Completion never writes the store.');
    },
    delete: () => {
      throw new Error('Completion never writes the store.');
    },
  };
}

interface StoredProfile {
  id: string;
  name: string;
}

function storedProfiles(store: Store): StoredProfile[] {
  const stored = store.get<unknown>(storeKeys.profiles);
  if (!Array.isArray(stored)) return [];
  return stored.filter((p): p is StoredProfile => typeof p?.id === 'string' && typeof p?.name === 'string');
}

/** The profile --profile names (by name or id), else the active one, else the first, as the app chooses. */
function profileId(store: Store, requested: string | undefined): string | undefined {
  const profiles = storedProfiles(store);
  if (requested !== undefined) return (profiles.find((p) => p.name === requested) ?? profiles.find((p) => p.id === requested))?.id;
  const active = store.get<unknown>(storeKeys.activeProfile);
  return (profiles.find((p) => p.id === active) ?? profiles[0])?.id;
}

export function cachedNames(file: string, kind: NameKind, requestedProfile: string | undefined): string[] {
  const store = readOnlyStore(file);
  const id = profileId(store, requestedProfile);
  const cached = id === undefined ? null : createCache(store).load(id);
  if (cached === null) return [];
  const names = {
    servers: () => cached.servers.map((s) => s.name),
    domains: () => cached.domains.map((d) => d.domain_name),
    zones: () => cached.zones.map((z) => z.domain),
  }[kind]();
  return [...new Set(names.filter((name) => typeof name === 'string' && name !== ''))].sort();
}
