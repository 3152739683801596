import { describe, expect, it } from 'vitest';
import type { ReminderView } from '@shared/app-state';
import { apiDay, expiryCountdown, expiryDay } from './expiry-text';
import { urgencyOf } from './urgency';

const base = { domainId: 1, domainName: 'a.com', firstThreshold: 30, autoRenew: false, snoozedUntil: null };
const dated: ReminderView = { ...base, expiresOn: '2026-03-12', daysLeft: 12, threshold: 14, state: 'due' };
const unknown: ReminderView = { ...base, expiresOn: null, daysLeft: null, threshold: null, state: 'unknown' };

describe('the expiry as the window writes it', () => {
  it('reads a date and a countdown for a dated domain', () => {
    expect(expiryDay(dated)).toMatch(/2026/);
    expect(expiryCountdown(dated)).toBe('in 12 days');
  });

  it('reads "expiry unknown" for a domain VPS.org sent no date for, with a warning look', () => {
    expect(expiryDay(unknown)).toBe('Unknown');
    expect(expiryCountdown(unknown)).toBe('expiry unknown');
    expect(urgencyOf(unknown)).toMatchObject({ tone: 'warn', label: expect.stringContaining('Expiry unknown') });
  });

  it('shows another API date only when it is one', () => {
    expect(apiDay('2025-01-02T10:00:00Z')).toMatch(/2025/);
    expect(apiDay('yesterday')).toBeNull();
  });
});
