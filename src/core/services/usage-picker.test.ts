import { describe, expect, it } from 'vitest';
import type { Server } from '@shared/api-types';
import { RESAMPLE_MS, USAGE_BUDGET, pickServers } from './usage-picker';

const servers = (n: number): Server[] => Array.from({ length: n }, (_, i) => ({ id: i + 1, name: `srv-${i + 1}` }) as Server);
const HIDDEN = 15 * 60_000;

describe('the usage round', () => {
  it('asks about at most 10 servers, the watched ones first, then the least recently sampled', () => {
    const sampled = new Map([
      [1, 500],
      [2, 100],
      [3, 300],
    ]);
    const picked = pickServers({ servers: servers(1000), watched: ['SRV-3', 'srv-999'], sampledAt: (id) => sampled.get(id) ?? null, roundMs: HIDDEN });
    expect(picked).toHaveLength(USAGE_BUDGET);
    expect(picked.slice(0, 2)).toEqual([3, 999]);
    // Never sampled first (by id), then the oldest samples.
    expect(picked.slice(2)).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
    const few = pickServers({ servers: servers(12), watched: [], sampledAt: (id) => (id <= 11 ? id : null), roundMs: RESAMPLE_MS });
    expect(few).toEqual([12, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('paces a small account so each server is sampled about every two hours', () => {
    expect(pickServers({ servers: servers(8), watched: [], sampledAt: () => null, roundMs: HIDDEN })).toEqual([1]);
    expect(pickServers({ servers: servers(8), watched: ['srv-5'], sampledAt: () => null, roundMs: HIDDEN })).toEqual([5, 1]);
    expect(pickServers({ servers: servers(20), watched: [], sampledAt: () => null, roundMs: HIDDEN })).toHaveLength(3);
    expect(pickServers({ servers: [], watched: ['srv-1'], sampledAt: () => null, roundMs: HIDDEN })).toEqual([]);
  });
});
