import { describe, expect, it } from 'vitest';
import { RECORD_TYPES } from '@shared/api-types';
import { findLocation, findOs, findPlan } from './catalog';
import { demoAccount, generateDomains, generateServers, seedDemoData } from './seed';
import { DAY_MS, SimState } from './state';
import { REALISTIC_TIMINGS } from './timings';

const now = Date.UTC(2026, 0, 16, 12);

function seeded(): SimState {
  const state = new SimState({ timings: REALISTIC_TIMINGS, balance: 500, account: demoAccount(now) });
  seedDemoData(state, now);
  return state;
}

describe('seedDemoData', () => {
  it('seeds about eight servers, mostly active, one stopped, one suspended, across every location', () => {
    const servers = [...seeded().servers.values()];
    expect(servers.length).toBeGreaterThanOrEqual(7);
    const count = (status: string) => servers.filter((s) => s.status === status).length;
    expect(count('active')).toBeGreaterThan(servers.length / 2);
    expect(count('stopped')).toBe(1);
    expect(count('suspended')).toBe(1);
    expect(new Set(servers.map((s) => s.location)).size).toBe(4);
    for (const s of servers) {
      expect(findPlan(s.planId) && findOs(s.osId) && findLocation(s.location)).toBeTruthy();
      expect(s.ip_address).not.toBeNull();
    }
  });

  it('seeds domains expiring in 3, 10, 25, 60 and 400 days and one expired 2 days ago, with auto-renew on some', () => {
    const domains = [...seeded().domains.values()];
    expect(domains.map((d) => (d.expiresAt - now) / DAY_MS).sort((a, b) => a - b)).toEqual([-2, 3, 10, 25, 60, 400]);
    const byDays = (days: number) => domains.find((d) => d.expiresAt === now + days * DAY_MS);
    expect(byDays(10)?.auto_renew).toBe(true);
    expect(byDays(60)?.auto_renew).toBe(true);
    expect(byDays(3)?.auto_renew).toBe(false);
    expect(byDays(-2)?.status).toBe('expired');
    expect(new Set(domains.map((d) => d.domain_name.split('.').pop())).size).toBeGreaterThanOrEqual(5);
  });

  it('seeds zones for some of those domains with records of every type', () => {
    const state = seeded();
    const domainNames = new Set([...state.domains.values()].map((d) => d.domain_name));
    for (const zone of state.zones.values()) expect(domainNames.has(zone.domain)).toBe(true);
    expect(new Set([...state.records.values()].map((r) => r.record_type))).toEqual(new Set(RECORD_TYPES));
    for (const r of state.records.values()) {
      if (r.record_type === 'MX' || r.record_type === 'SRV') expect(r.priority).not.toBeNull();
    }
  });
});

describe('generate', () => {
  it('adds 1,000 servers with unique names, valid catalogue entries and a mix of statuses', () => {
    const state = seeded();
    const demoServers = state.servers.size;
    generateServers(state, 1_000, now);
    generateServers(state, 10, now);
    const servers = [...state.servers.values()];
    expect(servers).toHaveLength(demoServers + 1_010);
    expect(new Set(servers.map((s) => s.name)).size).toBe(demoServers + 1_010);
    expect(servers.every((s) => /^[A-Za-z0-9-]+$/.test(s.name) && findPlan(s.planId) && findOs(s.osId) && findLocation(s.location))).toBe(true);
    expect(new Set(servers.map((s) => s.status))).toEqual(new Set(['active', 'stopped', 'suspended']));
  });

  it('adds 10,000 domains with unique names expiring over the next two years', () => {
    const state = seeded();
    generateDomains(state, 10_000, now);
    const generated = [...state.domains.values()].slice(6);
    expect(new Set(generated.map((d) => d.domain_name)).size).toBe(10_000);
    const days = generated.map((d) => (d.expiresAt - now) / DAY_MS);
    expect(Math.min(...days)).toBeGreaterThan(0);
    expect(Math.max(...days)).toBeLessThanOrEqual(731);
    expect(days.filter((d) => d <= 30).length).toBeGreaterThan(100);
    expect(days.filter((d) => d > 365).length).toBeGreaterThan(4_000);
  });
});
