import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import type { Domain } from './api-types';
import { buildCalendar, escapeText, foldLine } from './ics';

const now = new Date('2026-01-10T09:15:30.123Z');

function domain(id: number, name: string, expiration: Date, autoRenew: boolean): Domain {
  return { id, domain_name: name, status: 'active', expiration_date: expiration.toISOString(), auto_renew: autoRenew };
}

const domains = [
  domain(101, 'example.com', new Date(2026, 2, 12, 15, 0), true),
  domain(102, 'shop.example.io', new Date(2026, 1, 3, 9, 30), false),
];

function parse(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text));
}

const octets = (line: string): number => Buffer.byteLength(line, 'utf8');

describe('buildCalendar', () => {
  it('leaves out a domain whose expiration_date is not a date, and keeps every other', () => {
    const broken: Domain = { id: 103, domain_name: 'broken.example', status: 'active', expiration_date: 'soon', auto_renew: false };
    const garbled: Domain = { ...broken, id: 104, expiration_date: '2026-13-45T00:00:00Z' };
    const events = parse(buildCalendar([broken, ...domains, garbled], { alarmDaysBefore: 7, now }))
      .getAllSubcomponents('vevent')
      .map((c) => new ICAL.Event(c).summary);
    expect(events).toEqual(['shop.example.io expires', 'example.com expires']);
  });

  it('is a valid iCalendar that ical.js reads back, one all-day event per domain', () => {
    const text = buildCalendar(domains, { alarmDaysBefore: 7, now });
    const calendar = parse(text);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//VPS Tray//Domain expiry//EN');

    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => e.summary)).toEqual(['shop.example.io expires', 'example.com expires']);

    const [shop, example] = events;
    expect(shop?.uid).toBe('domain-102-20260203@vps-tray');
    expect(shop?.startDate.isDate).toBe(true);
    expect(shop?.startDate.toString()).toBe('2026-02-03');
    expect(shop?.endDate.toString()).toBe('2026-02-04');
    expect(shop?.description).toContain('Auto-renew is off');
    expect(example?.startDate.toString()).toBe('2026-03-12');
    expect(example?.description).toContain('Auto-renew is on');
    expect(example?.description).toContain(`\nExpiry: ${domains[0]?.expiration_date}`);

    const stamp = calendar.getFirstSubcomponent('vevent')?.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.toJSDate().toISOString()).toBe('2026-01-10T09:15:30.000Z');
  });

  it('sets a display alarm the chosen number of days before', () => {
    const calendar = parse(buildCalendar(domains, { alarmDaysBefore: 14, now }));
    for (const vevent of calendar.getAllSubcomponents('vevent')) {
      const alarm = vevent.getFirstSubcomponent('valarm');
      expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(String(alarm?.getFirstPropertyValue('description'))).toMatch(/expires in 14 days$/);
      const trigger = alarm?.getFirstPropertyValue('trigger') as ICAL.Duration;
      expect(trigger.toString()).toBe('-P14D');
      expect(trigger.toSeconds()).toBe(-14 * 86_400);
    }
    const sameDay = parse(buildCalendar(domains, { alarmDaysBefore: 0, now })).getFirstSubcomponent('vevent')?.getFirstSubcomponent('valarm');
    expect(String(sameDay?.getFirstPropertyValue('description'))).toMatch(/expires today$/);
    expect(() => buildCalendar(domains, { alarmDaysBefore: -1, now })).toThrow(RangeError);
  });

  it('keeps the UID across exports and changes it when the domain is renewed', () => {
    const uid = (list: Domain[], at: Date): string[] =>
      parse(buildCalendar(list, { alarmDaysBefore: 7, now: at }))
        .getAllSubcomponents('vevent')
        .map((c) => String(c.getFirstPropertyValue('uid')));
    const first = uid(domains, now);
    expect(uid(domains, new Date('2026-02-01T00:00:00Z'))).toEqual(first);
    const renewed = [{ ...domains[0]!, expiration_date: new Date(2027, 2, 12, 15, 0).toISOString() }, domains[1]!];
    expect(uid(renewed, now)).toEqual([first[0], 'domain-101-20270312@vps-tray']);
  });

  it('uses CRLF everywhere and no line longer than 75 octets', () => {
    const long = domain(7, `${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.com`, new Date(2026, 4, 1, 12), false);
    const text = buildCalendar([long, ...domains], { alarmDaysBefore: 7, now });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    expect(Math.max(...lines.map(octets))).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    const summaries = parse(text).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c).summary);
    expect(summaries).toContain(`${long.domain_name} expires`);
  });

  it('is an empty but valid calendar without domains', () => {
    const calendar = parse(buildCalendar([], { alarmDaysBefore: 7, now }));
    expect(calendar.getAllSubcomponents('vevent')).toEqual([]);
  });
});

describe('escaping and folding', () => {
  it('escapes backslash, semicolon, comma and newlines so they read back unchanged', () => {
    const tricky = 'a\\b;c,d\ne\r\nf';
    expect(escapeText(tricky)).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//t//EN', 'BEGIN:VEVENT', 'UID:1', 'DTSTAMP:20260101T000000Z', `SUMMARY:${escapeText(tricky)}`, 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
    expect(parse(text).getFirstSubcomponent('vevent')?.getFirstPropertyValue('summary')).toBe('a\\b;c,d\ne\nf');
  });

  it('folds at 75 octets without splitting a multi-byte character', () => {
    const line = `DESCRIPTION:${'é'.repeat(50)}${'😀'.repeat(30)}${'x'.repeat(100)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(part).not.toMatch(/\uFFFD/);
    }
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldLine('SHORT:1')).toBe('SHORT:1');
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
    expect(foldLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
  });
});
