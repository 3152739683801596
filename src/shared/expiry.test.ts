import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, daysBetween, daysUntilExpiry, expiryDateKey, localDateKey } from './expiry';

// These hold in whatever time zone the machine is in: instants are built from local fields.
describe('expiry', () => {
  it('keys a date by its local calendar day', () => {
    expect(localDateKey(new Date(2026, 0, 5, 0, 0))).toBe('2026-01-05');
    expect(localDateKey(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
    expect(expiryDateKey(new Date(2026, 6, 4, 18, 30).toISOString())).toBe('2026-07-04');
    expect(expiryDateKey('2026-07-04')).toBe('2026-07-04');
  });

  it('reads only ISO 8601 dates and date-times; anything else is an unknown expiry, never a crash', () => {
    expect(expiryDateKey('2026-07-04T10:00:00Z')).toMatch(/^2026-07-0[345]$/);
    expect(expiryDateKey('2026-07-04T10:00:00.123456+02:00')).toMatch(/^2026-07-0[345]$/);
    for (const bad of ['', 'soon', 'never', '2026-02-30', '2026-13-01', '2026-02-30T10:00:00Z', '2026-07-04T25:00:00Z', 'March 3, 2027', '1e12', '2026-07-04 10:00']) {
      expect(expiryDateKey(bad)).toBeNull();
      expect(daysUntilExpiry(bad, new Date())).toBeNull();
    }
  });

  it('counts calendar days, not elapsed hours', () => {
    const lateEvening = new Date(2026, 0, 10, 23, 59);
    expect(daysUntilExpiry(new Date(2026, 0, 11, 0, 1).toISOString(), lateEvening)).toBe(1);
    expect(daysUntilExpiry(new Date(2026, 0, 10, 0, 0).toISOString(), lateEvening)).toBe(0);
    expect(daysUntilExpiry(new Date(2026, 0, 9, 23, 59).toISOString(), new Date(2026, 0, 10, 0, 0))).toBe(-1);
    expect(daysUntilExpiry(new Date(2027, 0, 10, 12).toISOString(), new Date(2026, 0, 10, 12))).toBe(365);
    expect(daysUntilExpiry(new Date(2028, 2, 1, 12).toISOString(), new Date(2028, 1, 28, 12))).toBe(2);
  });

  it('moves across months and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2025-12-25')).toBe(-7);
    expect(() => daysBetween('soon', '2026-01-01')).toThrow(RangeError);
  });

  it('agrees with adding days to a local date (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(2000, 0, 1), max: new Date(2090, 0, 1), noInvalidDate: true }),
        fc.integer({ min: -800, max: 800 }),
        fc.integer({ min: 0, max: 23 }),
        (now, days, hour) => {
          const expiry = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days, hour, 30);
          expect(daysUntilExpiry(expiry.toISOString(), now)).toBe(days);
          expect(addDays(localDateKey(now), days)).toBe(localDateKey(expiry));
        },
      ),
    );
  });
});
