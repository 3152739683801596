// The last known servers, domains and zones of each profile, so the app has something true to
// show at start and offline. Only what the API listed: never a secret. Other parts may keep
// their own fields under the same key, so saving merges instead of replacing.
import type { DnsZone, Domain, Server } from '@shared/api-types';
import { storeKeys, type Store } from '../store/store';

export interface CachedData {
  servers: Server[];
  domains: Domain[];
  zones: DnsZone[];
  /** ISO time of the refresh that produced this. */
  lastSuccessAt: string;
}

export interface Cache {
  load(profileId: string): CachedData | null;
  save(profileId: string, data: CachedData): void;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// The cache was written by this app from validated responses; this only keeps a damaged file
// from putting non-objects in front of the window.
function itemsWith<T>(value: unknown, key: string, type: 'number' | 'string'): T[] {
  if (!Array.isArray(value)) return [];
  return value.filter((item) => isRecord(item) && typeof item[key] === type) as T[];
}

export function createCache(store: Store): Cache {
  return {
    load(profileId) {
      const stored = store.get<unknown>(storeKeys.cache(profileId));
      if (!isRecord(stored) || typeof stored.lastSuccessAt !== 'string') return null;
      return {
        servers: itemsWith<Server>(stored.servers, 'id', 'number'),
        domains: itemsWith<Domain>(stored.domains, 'id', 'number'),
        zones: itemsWith<DnsZone>(stored.zones, 'uuid', 'string'),
        lastSuccessAt: stored.lastSuccessAt,
      };
    },
    save(profileId, data) {
      const stored = store.get<unknown>(storeKeys.cache(profileId));
      store.set(storeKeys.cache(profileId), { ...(isRecord(stored) ? stored : {}), ...data });
    },
  };
}
