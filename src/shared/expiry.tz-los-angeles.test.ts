// Runs in UTC-8 (UTC-7 in summer). vitest gives each test file its own worker, so the zone set
// here does not leak into other files; it is set before any Date is made.
process.env.TZ = 'America/Los_Angeles';

import { afterAll, describe, expect, it } from 'vitest';
import type { Domain } from './api-types';
import { daysUntilExpiry, expiryDateKey, localDateKey } from './expiry';
import { evaluateReminders, emptyLedger, emptyMarks } from './reminders';
import { DEFAULT_SETTINGS } from './settings';

afterAll(() => {
  delete process.env.TZ;
});

const domain = (expiration_date: string): Domain => ({ id: 1, domain_name: 'example.com', status: 'active', expiration_date, auto_renew: false });

describe('expiry seen from Los Angeles', () => {
  it('really runs in UTC-8', () => {
    expect(new Date('2026-01-15T12:00:00Z').getTimezoneOffset()).toBe(480);
  });

  it('puts an expiry at 00:30 UTC on the previous local day', () => {
    expect(expiryDateKey('2026-01-15T00:30:00Z')).toBe('2026-01-14');
    // 10:00 local on the 14th: the domain expires this afternoon, not tomorrow.
    expect(daysUntilExpiry('2026-01-15T00:30:00Z', new Date('2026-01-14T18:00:00Z'))).toBe(0);
    // 17:00 local on the 14th is already 01:00 UTC on the 15th, past the instant: still "today".
    expect(daysUntilExpiry('2026-01-15T00:30:00Z', new Date('2026-01-15T01:00:00Z'))).toBe(0);
    expect(daysUntilExpiry('2026-01-15T00:30:00Z', new Date('2026-01-15T08:00:00Z'))).toBe(-1);
  });

  it('fires the day-of notice on the local day', () => {
    const { notices } = evaluateReminders({
      domains: [domain('2026-01-15T00:30:00Z')],
      now: new Date('2026-01-14T18:00:00Z'),
      settings: DEFAULT_SETTINGS.reminders,
      ledger: emptyLedger(),
      marks: emptyMarks(),
    });
    expect(notices.map((n) => [n.kind, n.threshold, n.title])).toEqual([['countdown', 0, 'example.com expires today']]);
  });

  it('counts whole days across the spring-forward night (8 March 2026, a 23-hour day)', () => {
    const saturdayNoon = new Date(2026, 2, 7, 12, 0);
    expect(daysUntilExpiry(new Date(2026, 2, 8, 12, 0).toISOString(), saturdayNoon)).toBe(1);
    expect(daysUntilExpiry(new Date(2026, 2, 9, 0, 30).toISOString(), new Date(2026, 2, 8, 23, 30))).toBe(1);
    expect(daysUntilExpiry(new Date(2026, 2, 9, 0, 30).toISOString(), new Date(2026, 2, 7, 0, 30))).toBe(2);
    expect(localDateKey(new Date('2026-03-08T10:00:00Z'))).toBe('2026-03-08');
  });

  it('counts whole days across the fall-back night (1 November 2026, a 25-hour day)', () => {
    const justAfterMidnight = new Date(2026, 10, 1, 0, 10);
    const nextMidnight = new Date(2026, 10, 2, 0, 0);
    expect(nextMidnight.getTime() - justAfterMidnight.getTime()).toBeGreaterThan(24 * 3_600_000);
    expect(daysUntilExpiry(new Date(2026, 10, 1, 23, 50).toISOString(), justAfterMidnight)).toBe(0);
    expect(daysUntilExpiry(nextMidnight.toISOString(), justAfterMidnight)).toBe(1);
  });
});
