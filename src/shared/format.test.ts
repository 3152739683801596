import { afterEach, describe, expect, it } from 'vitest';
import { domainStatusWord, formatAge, formatCountdown, formatDay, formatDuration, formatGb, formatMemory, formatPercent, formatTimestamp, formatUsd, percentOf } from './format';
import { setLocale } from './i18n';

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
    expect([formatPercent(94.56, 1), formatPercent(90, 1)]).toEqual(['94.6%', '90%']);
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

describe('format in the active language', () => {
  afterEach(() => setLocale('en'));
  const NBSP = '\u00a0';

  it('writes numbers, money and dates the Finnish way, with Finnish plurals', async () => {
    await setLocale('fi');
    expect(formatUsd(1234.5)).toBe(`1${NBSP}234,50${NBSP}$`);
    expect(formatGb(12.25)).toBe('12,3 GB');
    expect(formatPercent(37.5)).toBe(`38${NBSP}%`);
    expect(formatPercent(94.5, 1)).toBe(`94,5${NBSP}%`);
    expect(formatDay('2026-03-12')).toBe('12.3.2026');
    expect(formatCountdown(1)).toBe('1 päivän päästä');
    expect(formatCountdown(12)).toBe('12 päivän päästä');
    expect(formatCountdown(-2)).toBe('vanheni 2 päivää sitten');
    expect(formatAge(DAY)).toBe('1 päivä sitten');
    expect(domainStatusWord('locked')).toBe('lukittu');
  });

  it('has one plural form in Vietnamese and two in Yiddish, chosen by Intl.PluralRules', async () => {
    await setLocale('vi');
    expect([formatCountdown(1), formatCountdown(12)]).toEqual(['còn 1 ngày', 'còn 12 ngày']);
    await setLocale('yi');
    expect([formatCountdown(1), formatCountdown(12)]).toEqual(['אין 1 טאָג', 'אין 12 טעג']);
    expect(formatUsd(12.99)).toBe(`US$${NBSP}12.99`);
  });

  it('times an event in the active language', async () => {
    const now = Date.parse('2026-03-12T15:00:00');
    await setLocale('fi');
    expect(formatTimestamp('2026-03-12T14:05:09', now)).toBe('14.05.09');
    await setLocale('en');
    expect(formatTimestamp('2026-03-10T14:05:09', now)).toBe('Mar 10, 02:05 PM');
  });
});
