import { describe, expect, it } from 'vitest';
import { MemoryStore, storeKeys } from '../store/store';
import { createCache, type CachedData } from './cache';

const data: CachedData = {
  servers: [{ id: 1, name: 'web-01' } as CachedData['servers'][number]],
  domains: [{ id: 7, domain_name: 'example.com' } as CachedData['domains'][number]],
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
    store.set(storeKeys.cache('p1'), { ...data, servers: [null, 'x', { id: '1' }, { id: 2, name: 'ok' }], zones: 'nope' });
    expect(createCache(store).load('p1')).toEqual({ ...data, servers: [{ id: 2, name: 'ok' }], zones: [] });
    store.set(storeKeys.cache('p2'), ['not', 'an', 'object']);
    expect(createCache(store).load('p2')).toBeNull();
  });
});
