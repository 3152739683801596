// Runs in UTC+13 (New Zealand summer time) and across New Zealand's DST changes. vitest gives
// each test file its own worker, so the zone set here does not leak into other files.
process.env.TZ = 'Pacific/Auckland';

import { afterAll, describe, expect, it } from 'vitest';
import type { Domain } from './api-types';
import { daysUntilExpiry, expiryDateKey } from './expiry';
import { evaluateReminders, emptyLedger, emptyMarks } from './reminders';
import { DEFAULT_SETTINGS } from './settings';

afterAll(() => {
  delete process.env.TZ;
});

const domain = (expiration_date: string): Domain => ({ id: 7, domain_name: 'example.nz', status: 'active', expiration_date, auto_renew: false });

describe('expiry seen from Auckland', () => {
  it('really runs in UTC+13 in January', () => {
    expect(new Date('2026-01-15T12:00:00Z').getTimezoneOffset()).toBe(-780);
  });

  it('puts an expiry at 00:30 UTC on the same local day, and 23:30 UTC on the next', () => {
    expect(expiryDateKey('2026-01-15T00:30:00Z')).toBe('2026-01-15');
    expect(expiryDateKey('2026-01-15T23:30:00Z')).toBe('2026-01-16');
    // 23:00 UTC on the 14th is already 12:00 on the 15th here: the expiry is today.
    expect(daysUntilExpiry('2026-01-15T00:30:00Z', new Date('2026-01-14T23:00:00Z'))).toBe(0);
    // ...while in UTC it would still be the day before.
    expect(daysUntilExpiry('2026-01-15T00:30:00Z', new Date('2026-01-14T10:00:00Z'))).toBe(1);
  });

  it('crosses the 1-day threshold on the local day before', () => {
    const { notices, views } = evaluateReminders({
      domains: [domain('2026-01-15T00:30:00Z')],
      now: new Date('2026-01-13T11:30:00Z'), // 00:30 on the 14th here
      settings: DEFAULT_SETTINGS.reminders,
      ledger: emptyLedger(),
      marks: emptyMarks(),
    });
    expect(views[0]).toMatchObject({ expiresOn: '2026-01-15', daysLeft: 1, threshold: 1, state: 'due' });
    expect(notices.map((n) => n.threshold)).toEqual([1]);
  });

  it('counts whole days across the end of summer time (5 April 2026) and its start (27 September 2026)', () => {
    expect(daysUntilExpiry(new Date(2026, 3, 6, 0, 15).toISOString(), new Date(2026, 3, 5, 0, 15))).toBe(1);
    expect(daysUntilExpiry(new Date(2026, 3, 5, 23, 45).toISOString(), new Date(2026, 3, 5, 0, 15))).toBe(0);
    expect(daysUntilExpiry(new Date(2026, 8, 28, 0, 15).toISOString(), new Date(2026, 8, 27, 23, 45))).toBe(1);
    expect(daysUntilExpiry(new Date(2026, 8, 27, 23, 45).toISOString(), new Date(2026, 8, 26, 0, 15))).toBe(1);
  });
});
