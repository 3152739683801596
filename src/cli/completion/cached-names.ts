// The names a completion script offers for SERVER, DOMAIN and ZONE: what the app last listed,
// from its cache in the app's data folder. Read only: completing a word never writes (nor locks)
// the data files, never asks the keychain and never calls the API.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { NameKind } from '../command-spec';
import { CACHE_FILE, STORE_FILE } from '../../core/store/paths';
import { isCacheKey, storeKeys, type Store } from '../../core/store/store';

/** A data file's keys; a missing or unreadable file has none. */
function readKeys(file: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The data folder as a Store that only reads, each key from its file as the app keeps it. */
function readOnlyStore(dataDir: string): Store {
  const config = readKeys(path.join(dataDir, STORE_FILE));
  const cache = readKeys(path.join(dataDir, CACHE_FILE));
  const refuse = (): never => {
    throw new Error('Completion never writes the data files.');
  };
  return {
    get: <T>(key: string) => (isCacheKey(key) ? cache : config)[key] as T | undefined,
    set: refuse,
    delete: refuse,
    update: refuse,
  };
}

interface StoredProfile {
  id: string;
  name: string;
}

function storedProfiles(store: Store): StoredProfile[] {
  const stored = store.get<unknown>(storeKeys.profiles);
  if (!Array.isArray(stored)) return [];
  return (stored as unknown[]).filter(
    (p): p is StoredProfile => typeof p === 'object' && p !== null && typeof (p as StoredProfile).id === 'string' && typeof (p as StoredProfile).name === 'string',
  );
}

/** The profile --profile names (by name or id), else the active one, else the first, as the app chooses. */
function profileId(store: Store, requested: string | undefined): string | undefined {
  const profiles = storedProfiles(store);
  if (requested !== undefined) return (profiles.find((p) => p.name === requested) ?? profiles.find((p) => p.id === requested))?.id;
  const active = store.get<unknown>(storeKeys.activeProfile);
  return (profiles.find((p) => p.id === active) ?? profiles[0])?.id;
}

export function cachedNames(dataDir: string, kind: NameKind, requestedProfile: string | undefined): string[] {
  const store = readOnlyStore(dataDir);
  const id = profileId(store, requestedProfile);
  const cached = id === undefined ? undefined : store.get<Record<string, unknown>>(storeKeys.cache(id));
  // Only the names are read, each checked to be one: no schemas load while the user types.
  const [list, field] = ({ servers: ['servers', 'name'], domains: ['domains', 'domain_name'], zones: ['zones', 'domain'] } as const)[kind];
  const items: unknown = cached?.[list];
  if (!Array.isArray(items)) return [];
  const names = items.map((item: unknown) => (typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[field] : undefined));
  return [...new Set(names.filter((name): name is string => typeof name === 'string' && name !== ''))].sort();
}
