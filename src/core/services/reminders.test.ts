import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Domain } from '@shared/api-types';
import { VpsError } from '@shared/errors';
import { expiryDateKey } from '@shared/expiry';
import { ledgerKey, type ReminderNotice } from '@shared/reminders';
import { DEFAULT_SETTINGS, type Settings } from '@shared/settings';
import { FileStore } from '../store/file-store';
import { MemoryStore, storeKeys, type Store } from '../store/store';
import { createReminderService } from './reminders';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const localDay = (offset: number, hour = 10, minute = 0): Date => new Date(2026, 0, 1 + offset, hour, minute);

function domain(id: number, name: string, expiresDay: number, autoRenew = false): Domain {
  return { id, domain_name: name, status: 'active', expiration_date: localDay(expiresDay, 15).toISOString(), auto_renew: autoRenew };
}

function setup(store: Store = new MemoryStore(), profile: string | null = 'p1', settings: Settings = DEFAULT_SETTINGS) {
  const clock = { now: localDay(0) };
  const notices: ReminderNotice[] = [];
  let profileId = profile;
  const make = (s: Store) =>
    createReminderService({ store: s, profileId: () => profileId, settings: () => settings, notify: (n) => notices.push(n), now: () => clock.now });
  return {
    clock,
    notices,
    service: make(store),
    make,
    switchProfile(next: string | null) {
      profileId = next;
    },
  };
}

describe('reminder service', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'vps-reminders-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('checks the other domains when one has no readable expiry, and says why that one cannot be marked handled', () => {
    const { service, notices } = setup();
    const domains = [{ ...domain(1, 'broken.com', 0), expiration_date: 'TBD' }, domain(2, 'b.com', 6)];
    expect(service.check(domains).map((v) => [v.domainName, v.state])).toEqual([['b.com', 'due'], ['broken.com', 'unknown']]);
    expect(notices.map((n) => n.domainIds)).toEqual([[2]]);
    expect(() => service.markHandled(1, domains)).toThrow(/did not send a readable expiry date for broken\.com/);
  });

  it('notifies once per grouped notice and keeps the ledger in the store', () => {
    const store = new MemoryStore();
    const { service, notices, clock } = setup(store);
    const domains = [domain(1, 'a.com', 5), domain(2, 'b.com', 6), domain(3, 'c.com', 20)];
    const views = service.check(domains);
    expect(views.map((v) => v.state)).toEqual(['due', 'due', 'due']);
    expect(notices.map((n) => [n.threshold, n.domainIds])).toEqual([
      [7, [1, 2]],
      [30, [3]],
    ]);
    expect(Object.keys(store.get<{ fired: object }>(storeKeys.ledger('p1'))?.fired ?? {})).toHaveLength(3);
    clock.now = localDay(0, 18);
    service.check(domains);
    expect(notices).toHaveLength(2);
  });

  it('does not repeat a notice after a restart over the same file', () => {
    const file = path.join(dir, 'config.json');
    const first = setup(new FileStore(file));
    const domains = [domain(1, 'a.com', 5)];
    first.service.check(domains);
    expect(first.notices).toHaveLength(1);
    const restarted = first.make(new FileStore(file));
    first.clock.now = localDay(1);
    restarted.check(domains);
    expect(first.notices).toHaveLength(1);
    first.clock.now = localDay(4);
    restarted.check(domains);
    expect(first.notices.map((n) => n.threshold)).toEqual([7, 1]);
  });

  it('keeps each profile\'s ledger apart', () => {
    const store = new MemoryStore();
    const { service, notices, switchProfile } = setup(store);
    const domains = [domain(1, 'a.com', 5)];
    service.check(domains);
    switchProfile('p2');
    service.check(domains);
    expect(notices).toHaveLength(2);
    expect(store.get(storeKeys.ledger('p2'))).toEqual({ fired: { [ledgerKey(1, expiryDateKey(domains[0]!.expiration_date) ?? '', 7)]: localDay(0).toISOString() } });
  });

  it('saves the ledger before notifying, so a failing notification is not repeated', () => {
    const store = new MemoryStore();
    let calls = 0;
    const service = createReminderService({
      store,
      profileId: () => 'p1',
      settings: () => DEFAULT_SETTINGS,
      now: () => localDay(0),
      notify: () => {
        calls += 1;
        throw new Error('notification daemon gone');
      },
    });
    const domains = [domain(1, 'a.com', 5)];
    expect(() => service.check(domains)).toThrow('notification daemon gone');
    expect(() => service.check(domains)).not.toThrow();
    expect(calls).toBe(1);
  });

  it('evaluates views without notifying or saving', () => {
    const store = new MemoryStore();
    const { service, notices } = setup(store);
    const views = service.views([domain(1, 'a.com', 5)]);
    expect(views[0]).toMatchObject({ domainId: 1, daysLeft: 5, threshold: 7, state: 'due' });
    expect(notices).toEqual([]);
    expect(store.get(storeKeys.ledger('p1'))).toBeUndefined();
  });

  it('snoozes for a day or a week, then lets the held notice fire', () => {
    const { service, notices, clock } = setup();
    const domains = [domain(1, 'a.com', 20)];
    clock.now = localDay(13, 9);
    service.snooze(1, 7);
    expect(service.check(domains)[0]).toMatchObject({ state: 'snoozed', snoozedUntil: localDay(20, 9).toISOString() });
    clock.now = localDay(19);
    service.check(domains);
    expect(notices).toEqual([]);
    clock.now = localDay(20, 10);
    expect(service.check(domains)[0]?.state).toBe('due');
    expect(notices.map((n) => [n.kind, n.threshold])).toEqual([['countdown', 0]]);

    service.snooze(1, 1);
    expect(service.views(domains)[0]?.snoozedUntil).toBe(localDay(21, 10).toISOString());
  });

  it('marks a domain handled for its current expiry date', () => {
    const store = new MemoryStore();
    const { service, notices, clock } = setup(store);
    const domains = [domain(1, 'a.com', 20)];
    service.markHandled(1, domains);
    expect(store.get(storeKeys.snoozes('p1'))).toEqual({ snoozedUntil: {}, handled: { 1: expiryDateKey(domains[0]!.expiration_date) } });
    clock.now = localDay(15);
    expect(service.check(domains)[0]?.state).toBe('handled');
    expect(notices).toEqual([]);
    const renewed = [domain(1, 'a.com', 385)];
    expect(service.check(renewed)[0]?.state).toBe('ok');
    clock.now = localDay(380);
    service.check(renewed);
    expect(notices.map((n) => n.threshold)).toEqual([7]);
  });

  it('refuses marks for a domain it does not know, or without a profile', () => {
    const { service, switchProfile } = setup();
    expect(() => service.markHandled(9, [domain(1, 'a.com', 20)])).toThrow(VpsError);
    try {
      service.markHandled(9, []);
    } catch (error) {
      expect((error as VpsError).kind).toBe('not_found');
      expect((error as VpsError).message).toBe('That domain is no longer in this account. Refresh and try again.');
    }
    switchProfile(null);
    expect(() => service.snooze(1, 1)).toThrow(/Add an API token or start the demo/);
  });

  it('without a profile, shows views but neither notifies nor saves', () => {
    const store = new MemoryStore();
    const { service, notices } = setup(store, null);
    expect(service.check([domain(1, 'a.com', 5)])[0]?.state).toBe('due');
    expect(notices).toEqual([]);
    expect(store.get(storeKeys.ledger('null'))).toBeUndefined();
  });

  it('starts over from stored data it cannot read instead of failing', () => {
    const store = new MemoryStore();
    store.set(storeKeys.ledger('p1'), 'not a ledger');
    store.set(storeKeys.snoozes('p1'), { snoozedUntil: [1, 2] });
    const { service, notices } = setup(store);
    service.check([domain(1, 'a.com', 5)]);
    expect(notices).toHaveLength(1);
    expect(store.get(storeKeys.snoozes('p1'))).toEqual({ snoozedUntil: {}, handled: {} });
  });
});

// ---- Property: random sequences of checks, restarts, clock jumps, renewals, removals, marks ----

type Action =
  | { type: 'check' }
  | { type: 'restart' }
  | { type: 'clock'; hours: number }
  | { type: 'add'; expiresDay: number; hour: number; autoRenew: boolean }
  | { type: 'renew'; pick: number; days: number }
  | { type: 'remove'; pick: number }
  | { type: 'toggleAutoRenew'; pick: number }
  | { type: 'snooze'; pick: number; days: 1 | 7 }
  | { type: 'handle'; pick: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ type: 'check' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'restart' as const }) },
  { weight: 5, arbitrary: fc.record({ type: fc.constant('clock' as const), hours: fc.integer({ min: -10 * 24, max: 20 * 24 }) }) },
  {
    weight: 3,
    arbitrary: fc.record({ type: fc.constant('add' as const), expiresDay: fc.integer({ min: -12, max: 70 }), hour: fc.integer({ min: 0, max: 23 }), autoRenew: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('renew' as const), pick: fc.nat(), days: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constant(365)) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('remove' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('toggleAutoRenew' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('snooze' as const), pick: fc.nat(), days: fc.constantFrom(1 as const, 7 as const) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('handle' as const), pick: fc.nat() }) },
);

const settingsArb: fc.Arbitrary<Settings> = fc.record({
  thresholds: fc.oneof(fc.constant<number[]>([30, 14, 7, 1, 0]), fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 5 })),
  autoRenewAsOthers: fc.boolean(),
}).map(({ thresholds, autoRenewAsOthers }) => ({ ...DEFAULT_SETTINGS, reminders: { ...DEFAULT_SETTINGS.reminders, thresholds, autoRenewAsOthers } }));

// An independent reading of the rules, to check the engine against.
function oracleDaysLeft(expiration: string, now: Date): number {
  const e = new Date(expiration);
  const a = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const b = new Date(e.getFullYear(), e.getMonth(), e.getDate());
  return Math.round((b.getTime() - a.getTime()) / DAY);
}

function oracleStep(daysLeft: number, thresholds: number[], autoRenewMode: boolean): { kind: string; position: number; key: number | string } | null {
  if (thresholds.length === 0) return null;
  if (daysLeft <= -7) return { kind: 'expired', position: -7, key: 'expired+7' };
  if (daysLeft < 0) return { kind: 'expired', position: 0, key: 0 };
  if (autoRenewMode) return daysLeft <= 7 ? { kind: 'auto_renew', position: 7, key: 'renew' } : null;
  const crossed = thresholds.filter((t) => t >= daysLeft);
  return crossed.length === 0 ? null : { kind: 'countdown', position: Math.min(...crossed), key: Math.min(...crossed) };
}

describe('reminder service (property)', () => {
  it('never notifies a key twice, never misses a crossed threshold, and groups exactly', () => {
    fc.assert(
      fc.property(settingsArb, fc.array(action, { minLength: 1, maxLength: 60, size: 'max' }), (settings, actions) => {
        // One store for every restart of the service: what a restart keeps is the store (the
        // round trip through the file is the test above, with the real FileStore).
        const store = new MemoryStore();
        let clock = localDay(0, 8).getTime();
        const delivered: ReminderNotice[] = [];
        const make = () =>
          createReminderService({
            store,
            profileId: () => 'p1',
            settings: () => settings,
            notify: (n) => delivered.push(n),
            now: () => new Date(clock),
          });
        let service = make();
        let domains: Domain[] = [];
        let nextId = 1;
        const snoozedUntil = new Map<number, number>();
        const handled = new Map<number, string>();
        const history: { id: number; expiresOn: string; position: number }[] = [];
        const notifiedKeys = new Set<string>();
        const pick = (n: number): Domain | undefined => domains[n % Math.max(domains.length, 1)];

        for (const act of actions) {
          switch (act.type) {
            case 'restart':
              service = make();
              break;
            case 'clock':
              clock += act.hours * HOUR;
              break;
            case 'add':
              domains.push(domain(nextId, `d${nextId}.com`, act.expiresDay, act.autoRenew));
              domains[domains.length - 1]!.expiration_date = localDay(act.expiresDay, act.hour, 30).toISOString();
              nextId += 1;
              break;
            case 'renew': {
              const d = pick(act.pick);
              if (d) d.expiration_date = new Date(Date.parse(d.expiration_date) + act.days * DAY).toISOString();
              break;
            }
            case 'remove': {
              const d = pick(act.pick);
              domains = domains.filter((x) => x !== d);
              break;
            }
            case 'toggleAutoRenew': {
              const d = pick(act.pick);
              if (d) d.auto_renew = !d.auto_renew;
              break;
            }
            case 'snooze': {
              const d = pick(act.pick);
              if (d) {
                service.snooze(d.id, act.days);
                snoozedUntil.set(d.id, clock + act.days * DAY);
              }
              break;
            }
            case 'handle': {
              const d = pick(act.pick);
              if (d) {
                service.markHandled(d.id, domains);
                handled.set(d.id, expiryDateKey(d.expiration_date) ?? '');
              }
              break;
            }
            case 'check': {
              const now = new Date(clock);
              // What must fire now: every domain whose tightest step is reached, not held by a
              // mark, and not covered by a notice at least as tight for this expiry date.
              const expected = new Map<number, string>();
              const steps = new Map<number, { key: number | string; expiresOn: string; position: number } | null>();
              const held = new Set<number>();
              for (const d of domains) {
                const expiresOn = expiryDateKey(d.expiration_date) ?? '';
                const autoRenewMode = d.auto_renew && !settings.reminders.autoRenewAsOthers;
                const step = oracleStep(oracleDaysLeft(d.expiration_date, now), [...new Set(settings.reminders.thresholds)], autoRenewMode);
                steps.set(d.id, step && { key: step.key, expiresOn, position: step.position });
                if ((snoozedUntil.get(d.id) ?? 0) > clock || handled.get(d.id) === expiresOn) held.add(d.id);
                if (!step || held.has(d.id)) continue;
                if (history.some((h) => h.id === d.id && h.expiresOn === expiresOn && h.position <= step.position)) continue;
                expected.set(d.id, `${step.kind}/${step.position}`);
              }

              const before = delivered.length;
              service.check(domains);
              const fresh = delivered.slice(before);

              const groups = fresh.map((n) => `${n.kind}/${n.threshold}`);
              expect(new Set(groups).size).toBe(groups.length);
              const actual = new Map<number, string>();
              for (const n of fresh) {
                expect(n.domainIds.length).toBeGreaterThan(0);
                for (const id of n.domainIds) {
                  expect(actual.has(id)).toBe(false);
                  actual.set(id, `${n.kind}/${n.threshold}`);
                  const step = steps.get(id);
                  expect(step).toBeTruthy();
                  const k = ledgerKey(id, step!.expiresOn, step!.key as number);
                  expect(notifiedKeys.has(k)).toBe(false);
                  notifiedKeys.add(k);
                  history.push({ id, expiresOn: step!.expiresOn, position: step!.position });
                }
              }
              expect(actual).toEqual(expected);

              // Nothing crossed is left untold.
              for (const d of domains) {
                const step = steps.get(d.id);
                if (!step || held.has(d.id)) continue;
                expect(history.some((h) => h.id === d.id && h.expiresOn === step.expiresOn && h.position <= step.position)).toBe(true);
              }
              for (const [id, until] of snoozedUntil) if (until <= clock) snoozedUntil.delete(id);
              break;
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
