import { describe, expect, it } from 'vitest';
import { formatAge, formatCountdown, formatDay, formatDuration, formatGb, formatMemory, formatPercent, formatUsd, percentOf } from './format';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('format', () => {
  it.each([
    [512, '512 MiB'],
    [1023, '1023 MiB'],
    [1024, '1.0 GiB'],
    [1536, '1.5 GiB'],
    [2048, '2.0 GiB'],
  ])('memory %d MiB → %s', (mib, text) => expect(formatMemory(mib)).toBe(text));

  it.each([
    [80, '80 GB'],
    [12.25, '12.3 GB'],
    [0, '0 GB'],
    [2000, '2.0 TB'],
  ])('storage %d GB → %s', (gb, text) => expect(formatGb(gb)).toBe(text));

  it('percent', () => {
    expect(formatPercent(37.5)).toBe('38%');
    expect(formatPercent(0)).toBe('0%');
    expect(percentOf(512, 2048)).toBe(25);
    expect(percentOf(5, 0)).toBe(0);
  });

  it.each([
    [0, 'expires today'],
    [1, 'in 1 day'],
    [12, 'in 12 days'],
    [-1, 'expired 1 day ago'],
    [-2, 'expired 2 days ago'],
  ])('countdown %d → %s', (days, text) => expect(formatCountdown(days)).toBe(text));

  it.each([
    [-5 * SECOND, 'just now'],
    [59 * SECOND, 'just now'],
    [5 * MINUTE, '5 min ago'],
    [59 * MINUTE + 59 * SECOND, '59 min ago'],
    [3 * HOUR + 10 * MINUTE, '3 h ago'],
    [DAY, '1 day ago'],
    [2 * DAY + 5 * HOUR, '2 days ago'],
  ])('age %d ms → %s', (ms, text) => expect(formatAge(ms)).toBe(text));

  it.each([
    [41 * SECOND, '41 s'],
    [400, '0 s'],
    [2 * MINUTE + 5 * SECOND, '2 min 5 s'],
    [3 * MINUTE, '3 min'],
    [HOUR + 3 * MINUTE + 20 * SECOND, '1 h 3 min'],
    [2 * HOUR, '2 h'],
  ])('duration %d ms → %s', (ms, text) => expect(formatDuration(ms)).toBe(text));

  it('money and calendar days', () => {
    expect(formatUsd(12.99)).toBe('$12.99');
    expect(formatUsd(1234.5)).toBe('$1,234.50');
    expect(formatUsd(0)).toBe('$0.00');
    expect(formatDay('2026-03-12')).toBe('Mar 12, 2026');
    expect(formatDay('2026-01-01')).toBe('Jan 1, 2026');
  });
});
