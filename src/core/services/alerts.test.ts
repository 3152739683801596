import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Domain, Server, ServerDetail, ServerStatus } from '@shared/api-types';
import type { Alert } from '@shared/alerts';
import { alertSentences } from '@shared/alert-text';
import { VpsError } from '@shared/errors';
import { DEFAULT_SETTINGS, type Settings } from '@shared/settings';
import { MemoryStore, storeKeys, type Store } from '../store/store';
import { createAlertService, type AlertAccount, type Seen } from './alerts';

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 16, 12);
const ACCOUNT: AlertAccount = { profileId: 'p1', origin: 'https://admin.vps.org' };

const server = (id: number, status: ServerStatus = 'active'): Server =>
  ({ id, name: `srv-${id}`, hostname: null, status, ip_address: null, location: 'us-east', plan: { id: 1, name: 'S', vcpus: 1, memory: 1000, storage: 100 }, os: { id: 1, name: 'Debian' }, created_at: '', updated_at: '' }) as Server;
const detail = (id: number, disk: number, cpu = 5): ServerDetail => ({
  ...server(id),
  plan: { id: 1, name: 'S', vcpus: 1, memory: 1000, storage: 100, bandwidth: 1000 },
  resource_usage: { cpu_percent: cpu, memory_used: 100, disk_used: disk, bandwidth_used: 10 },
});
const domain = (id: number, patch: Partial<Domain> = {}): Domain => ({
  id,
  domain_name: `d${id}.com`,
  status: 'active',
  expiration_date: '2027-01-01T00:00:00Z',
  auto_renew: false,
  locked: true,
  privacy_protection: true,
  nameservers: ['ns1.vps.org', 'ns2.vps.org'],
  ...patch,
});
const token = (expiresInDays: number | null) => ({ name: 'CI', expiresAt: expiresInDays === null ? null : new Date(START + expiresInDays * DAY).toISOString() });

function setup(opts: { store?: Store; settings?: Settings; account?: AlertAccount | null } = {}) {
  const store = opts.store ?? new MemoryStore();
  const clock = { now: START };
  let account = opts.account === undefined ? ACCOUNT : opts.account;
  const make = () =>
    createAlertService({ store, account: () => account, settings: () => opts.settings ?? DEFAULT_SETTINGS, now: () => new Date(clock.now) });
  return {
    store,
    clock,
    service: make(),
    restart: make,
    setAccount(next: AlertAccount | null) {
      account = next;
    },
  };
}

describe('the alert service', () => {
  it('raises nothing on the first sight of an account, whatever it holds (property)', () => {
    const status = fc.constantFrom<ServerStatus>('active', 'stopped', 'suspended', 'rebooting');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(status, fc.integer({ min: 0, max: 100 })), { maxLength: 12 }),
        fc.array(fc.record({ locked: fc.boolean(), auto_renew: fc.boolean() }), { maxLength: 6 }),
        fc.option(fc.integer({ min: -5, max: 30 }), { nil: null }),
        (servers, domains, days) => {
          const { service } = setup();
          const seen: Seen = { servers: servers.map(([s], i) => server(i + 1, s)), domains: domains.map((d, i) => domain(i + 1, d)), token: token(days) };
          expect(service.observe(seen)).toEqual([]);
          expect(service.recordDetails(servers.map(([, disk], i) => detail(i + 1, disk)))).toEqual([]);
          // Seen again unchanged: still nothing.
          expect(service.observe(seen)).toEqual([]);
          expect(service.views()).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('fires each kind once per change, across restarts (property)', () => {
    const step = fc.record({
      status: fc.constantFrom<ServerStatus>('active', 'stopped', 'suspended'),
      locked: fc.boolean(),
      disk: fc.integer({ min: 0, max: 100 }),
      restart: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), (steps) => {
        const h = setup();
        let service = h.service;
        let fired: Alert[] = [];
        let expectedState = 0;
        let expectedDomain = 0;
        let expectedUsage = 0;
        let armed = true;
        steps.forEach((s, i) => {
          if (s.restart) service = h.restart();
          fired = [...fired, ...service.observe({ servers: [server(1, s.status)], domains: [domain(1, { locked: s.locked })], token: null })];
          fired = [...fired, ...service.recordDetails([detail(1, s.disk)])];
          const prev = steps[i - 1];
          if (prev && prev.status !== s.status) expectedState++;
          if (prev && prev.locked !== s.locked) expectedDomain++;
          if (i === 0) armed = s.disk < 90;
          else if (armed && s.disk >= 90) {
            expectedUsage++;
            armed = false;
          } else if (s.disk < 85) armed = true;
        });
        const count = (kind: Alert['kind']) => fired.filter((a) => a.kind === kind).length;
        expect([count('server_state'), count('domain_change'), count('usage')]).toEqual([expectedState, expectedDomain, expectedUsage]);
        expect(new Set(service.views().map((v) => v.id))).toEqual(new Set(fired.map((a) => a.id)));
      }),
      { numRuns: 200 },
    );
  });

  it('has saved the ledger and the feed when it hands out what fired', () => {
    const h = setup();
    h.service.observe({ servers: [server(1)], domains: null, token: null });
    const fired = h.service.observe({ servers: [server(1, 'stopped')], domains: null, token: null });
    expect(fired).toHaveLength(1);
    // Another process (the app, `vps watch`) reading the store now finds it recorded.
    const other = h.restart();
    expect(other.observe({ servers: [server(1, 'stopped')], domains: null, token: null })).toEqual([]);
    expect(other.views().map((v) => v.id)).toEqual([fired[0]?.id]);
  });

  it('words each alert for the notification and keeps it in the feed', () => {
    const h = setup();
    h.service.observe({ servers: [server(1)], domains: [domain(1)], token: token(20) });
    h.service.recordDetails([detail(1, 50)]);
    h.clock.now += 7 * DAY;
    const fired = h.service.observe({ servers: [server(1, 'stopped')], domains: [domain(1, { nameservers: ['ns1.cloudflare.com', 'ns2.cloudflare.com'] })], token: token(20) });
    fired.push(...h.service.recordDetails([detail(1, 93)]));
    expect(fired.map((a) => [a.kind, a.subject, alertSentences(a).message])).toEqual([
      ['server_state', 'srv-1', 'srv-1 stopped'],
      ['domain_change', 'd1.com', "d1.com's nameservers changed to ns1.cloudflare.com, ns2.cloudflare.com"],
      ['token_expiry', 'CI', 'Your API token “CI” expires in 13 days'],
      ['usage', 'srv-1', "srv-1's disk is 93% full"],
    ]);
    expect(fired.find((a) => a.kind === 'usage')).toMatchObject({ metric: 'disk', value: 93, threshold: 90, samples: 1 });
    expect(h.service.views().map((v) => [v.kind, v.state])).toEqual([
      ['usage', 'open'],
      ['server_state', 'open'],
      ['domain_change', 'open'],
      ['token_expiry', 'open'],
    ]);
  });

  it('lets the changes this app makes pass, within the hour', () => {
    const h = setup();
    h.service.observe({ servers: [server(1), server(2)], domains: [domain(1)], token: null });
    h.service.expectServer(1, 'stopped');
    h.service.expectServer(2, 'stopped');
    h.service.expectDomain(1, { nameservers: ['NS1.cloudflare.com', 'ns2.cloudflare.com'], auto_renew: true });
    expect(h.service.observe({ servers: [server(1, 'stopped'), server(2)], domains: [domain(1, { nameservers: ['ns2.cloudflare.com', 'ns1.cloudflare.com'], auto_renew: true })], token: null })).toEqual([]);
    h.clock.now += 2 * 3_600_000;
    expect(h.service.observe({ servers: [server(1, 'stopped'), server(2, 'stopped')], domains: null, token: null }).map((a) => a.subject)).toEqual(['srv-2']);
  });

  it('defers a snoozed subject and counts handled alerts out', () => {
    const h = setup();
    h.service.observe({ servers: [server(1)], domains: null, token: null });
    const [first] = h.service.observe({ servers: [server(1, 'stopped')], domains: null, token: null });
    h.service.snooze(first!.id, 1);
    expect(h.service.views()[0]).toMatchObject({ state: 'snoozed' });
    expect(h.service.observe({ servers: [server(1, 'active')], domains: null, token: null })).toEqual([]);
    expect(h.service.observe({ servers: [server(1, 'suspended')], domains: null, token: null })).toEqual([]);
    h.clock.now += DAY + 1;
    expect(h.service.views()[0]).toMatchObject({ state: 'open' });
    const [later] = h.service.observe({ servers: [server(1, 'suspended')], domains: null, token: null });
    expect(later).toMatchObject({ from: 'stopped', to: 'suspended' });
    h.service.markHandled(later!.id);
    expect(h.service.views().map((v) => v.state)).toEqual(['handled', 'handled']);
    expect(() => h.service.markHandled('nope')).toThrow(VpsError);
    h.setAccount(null);
    expect(() => h.service.snooze(later!.id, 7)).toThrow('Add an API token');
    expect(h.service.views()).toEqual([]);
  });

  it('starts over for another API address', () => {
    const h = setup();
    h.service.observe({ servers: [server(1)], domains: null, token: null });
    h.setAccount({ ...ACCOUNT, origin: 'http://127.0.0.1:4000' });
    expect(h.service.observe({ servers: [server(1, 'stopped')], domains: null, token: null })).toEqual([]);
    expect(h.store.get<{ origin: string }>(storeKeys.alertLedger('p1'))?.origin).toBe('http://127.0.0.1:4000');
  });

  it('samples the watched servers and the least recently sampled, skipping one that fails', async () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, alerts: { ...DEFAULT_SETTINGS.alerts, watchedServers: ['srv-3'] } };
    const h = setup({ settings });
    const asked: number[] = [];
    const fetchDetail = async (id: number) => {
      asked.push(id);
      if (id === 1) throw new Error('gone');
      return detail(id, 50);
    };
    const servers = [server(1), server(2), server(3)];
    await h.service.sampleUsage({ servers, roundMs: 2 * 3_600_000, fetchDetail });
    expect(asked).toEqual([3, 1, 2]);
    asked.length = 0;
    h.clock.now += 60_000;
    await h.service.sampleUsage({ servers, roundMs: 15 * 60_000, fetchDetail });
    // Server 1 was never sampled (its request failed), so it comes first among the others.
    expect(asked).toEqual([3, 1]);
  });
});
