// An iCalendar file (RFC 5545) with every domain's expiry: one all-day event per domain on the
// local calendar date of expiry (the date the app counts days to), with a display alarm a chosen
// number of days before. The UID depends on the domain id and expiry date only, so importing a
// newer export updates the same events, and a renewal makes a new one.
import type { Domain } from './api-types';
import { addDays, expiryDateKey } from './expiry';
import { formatCountdown } from './format';

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return code < 0x10000 ? 3 : 4;
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      // A continuation line starts with one space, which counts toward its 75 octets.
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

function basicDate(dateKey: string): string {
  return dateKey.replace(/-/g, '');
}

function utcStamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

export function calendarUid(domain: Domain): string {
  return `domain-${domain.id}-${basicDate(expiryDateKey(domain.expiration_date))}@vps-tray`;
}

function event(domain: Domain, alarmDaysBefore: number, stamp: string): string[] {
  const expiresOn = expiryDateKey(domain.expiration_date);
  const name = domain.domain_name;
  const renewal = domain.auto_renew
    ? `Auto-renew is on: VPS.org renews ${name} before it expires.`
    : `Auto-renew is off: renew ${name} before this date, or the registration lapses.`;
  return [
    'BEGIN:VEVENT',
    `UID:${calendarUid(domain)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${basicDate(expiresOn)}`,
    `DTEND;VALUE=DATE:${basicDate(addDays(expiresOn, 1))}`,
    `SUMMARY:${escapeText(`${name} expires`)}`,
    `DESCRIPTION:${escapeText(`${renewal}\nExpiry: ${domain.expiration_date}`)}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(alarmDaysBefore === 0 ? `${name} expires today` : `${name} expires ${formatCountdown(alarmDaysBefore)}`)}`,
    `TRIGGER:-P${alarmDaysBefore}D`,
    'END:VALARM',
    'END:VEVENT',
  ];
}

/** The export's alarm: at the widest reminder threshold, so the calendar warns as early as the app does. */
export function calendarAlarmDays(reminderThresholds: readonly number[]): number {
  return Math.max(0, ...reminderThresholds);
}

export function buildCalendar(domains: Domain[], opts: { alarmDaysBefore: number; now: Date }): string {
  if (!Number.isInteger(opts.alarmDaysBefore) || opts.alarmDaysBefore < 0) {
    throw new RangeError(`alarmDaysBefore must be a whole number of days, got ${opts.alarmDaysBefore}`);
  }
  const stamp = utcStamp(opts.now);
  const sorted = [...domains].sort(
    (a, b) => expiryDateKey(a.expiration_date).localeCompare(expiryDateKey(b.expiration_date)) || a.domain_name.localeCompare(b.domain_name),
  );
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//VPS Tray//Domain expiry//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...sorted.flatMap((domain) => event(domain, opts.alarmDaysBefore, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
