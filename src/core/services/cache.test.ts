import { describe, expect, it } from 'vitest';
import type { Domain, Server } from '@shared/api-types';
import { MemoryStore, storeKeys } from '../store/store';
import { createCache, type CachedData } from './cache';

const server: Server = {
  id: 1,
  name: 'web-01',
  hostname: null,
  status: 'active',
  ip_address: '192.0.2.1',
  location: 'eu-central',
  plan: { id: 1, name: 'Small', vcpus: 1, memory: 1024, storage: 25 },
  os: { id: 3, name: 'Debian 12' },
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
};
const domain: Domain = { id: 7, domain_name: 'example.com', status: 'active', expiration_date: '2027-01-01T00:00:00Z', auto_renew: true };

const data: CachedData = {
  servers: [server],
  domains: [domain],
  zones: [{ uuid: 'z-1', domain: 'example.com', created_at: '2026-01-01T00:00:00Z', record_count: 2 }],
  lastSuccessAt: '2026-01-16T12:00:00.000Z',
};

describe('the cache', () => {
  it('keeps each profile’s last known data apart', () => {
    const cache = createCache(new MemoryStore());
    cache.save('p1', data);
    expect(cache.load('p1')).toEqual(data);
    expect(cache.load('p2')).toBeNull();
  });

  it('leaves other fields under the same key alone', () => {
    const store = new MemoryStore();
    store.set(storeKeys.cache('p1'), { somethingElse: 42 });
    createCache(store).save('p1', data);
    expect(store.get(storeKeys.cache('p1'))).toEqual({ somethingElse: 42, ...data });
  });

  it('drops what a damaged file holds instead of handing it to the window', () => {
    const store = new MemoryStore();
    store.set(storeKeys.cache('p1'), { ...data, servers: [null, 'x', { id: '1' }, { ...server, id: 2 }], zones: 'nope' });
    expect(createCache(store).load('p1')).toEqual({ ...data, servers: [{ ...server, id: 2 }], zones: [] });
    store.set(storeKeys.cache('p2'), ['not', 'an', 'object']);
    expect(createCache(store).load('p2')).toBeNull();
  });

  it('hands the window only documented fields, even from a cache an older version wrote whole', () => {
    const store = new MemoryStore();
    store.set(storeKeys.cache('p1'), { ...data, servers: [{ ...server, root_password: 'hunter2', plan: { ...server.plan, cost: 5 } }], domains: [{ ...domain, epp_code: 'x' }] });
    expect(createCache(store).load('p1')).toStrictEqual(data);
  });
});
