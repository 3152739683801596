// The last known servers, domains and zones of each profile, so the app has something true to
// show at start and offline. Only what the API listed, with its documented fields: never a
// secret, and nothing an older version kept that the app no longer shows. Other parts may keep
// their own fields under the same key, so saving merges instead of replacing.
import type { DnsZone, Domain, Server } from '@shared/api-types';
import { INVALID } from '../api/compiled-check';
import { DNS_ZONE, DOMAIN, SERVER, type Shape } from '../api/schemas';
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

// The cache was written from validated responses, perhaps by an older version that kept more
// fields; a damaged or hand-edited file loses the items that are not what they claim to be.
function itemsOf<T>(value: unknown, shape: Shape<T>): T[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = shape.parse(item);
    return parsed === INVALID ? [] : [parsed as T];
  });
}

export function createCache(store: Store): Cache {
  return {
    load(profileId) {
      const stored = store.get<unknown>(storeKeys.cache(profileId));
      if (!isRecord(stored) || typeof stored.lastSuccessAt !== 'string') return null;
      return {
        servers: itemsOf<Server>(stored.servers, SERVER),
        domains: itemsOf<Domain>(stored.domains, DOMAIN),
        zones: itemsOf<DnsZone>(stored.zones, DNS_ZONE),
        lastSuccessAt: stored.lastSuccessAt,
      };
    },
    save(profileId, data) {
      store.update<unknown>(storeKeys.cache(profileId), (stored) => ({ ...(isRecord(stored) ? stored : {}), ...data }));
    },
  };
}
