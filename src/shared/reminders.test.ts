import { describe, expect, it } from 'vitest';
import type { Domain } from './api-types';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { emptyLedger, emptyMarks, evaluateReminders, ledgerKey, thresholdsFor, type ReminderLedger, type ReminderMarks } from './reminders';

// Days are local calendar days from 1 January 2026; instants are built from local fields so the
// tests mean the same thing in every time zone.
const day = (offset: number, hour = 10): Date => new Date(2026, 0, 1 + offset, hour, 0);
const key = (offset: number): string => {
  const d = day(offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

function domain(id: number, name: string, expiresDay: number, autoRenew = false): Domain {
  return { id, domain_name: name, status: 'active', expiration_date: day(expiresDay, 15).toISOString(), auto_renew: autoRenew };
}

function harness(settings: Partial<Settings['reminders']> = {}) {
  let ledger: ReminderLedger = emptyLedger();
  let marks: ReminderMarks = emptyMarks();
  const reminders = { ...DEFAULT_SETTINGS.reminders, ...settings };
  return {
    check(domains: Domain[], today: number, hour = 10) {
      const result = evaluateReminders({ domains, now: day(today, hour), settings: reminders, ledger, marks });
      ledger = result.ledger;
      marks = result.marks;
      return result;
    },
    get ledger() {
      return ledger;
    },
    snooze(domainId: number, until: Date) {
      marks = { ...marks, snoozedUntil: { ...marks.snoozedUntil, [domainId]: until.toISOString() } };
    },
    handle(domainId: number, expiresOn: string) {
      marks = { ...marks, handled: { ...marks.handled, [domainId]: expiresOn } };
    },
  };
}

const summary = (notices: { kind: string; threshold: number; domainIds: number[] }[]) => notices.map((n) => [n.kind, n.threshold, n.domainIds]);

describe('a domain whose expiration_date is not a date', () => {
  const broken = (id: number, name: string, expiration: string): Domain => ({ ...domain(id, name, 0), expiration_date: expiration });

  it('is shown as expiry unknown and never notified, while every other domain is reminded as usual', () => {
    const h = harness();
    const domains = [broken(1, 'broken.com', 'soon'), domain(2, 'due.com', 5), broken(3, 'garbled.net', '2026-02-30'), domain(4, 'later.com', 200)];
    const result = h.check(domains, 0);
    expect(summary(result.notices)).toEqual([['countdown', 7, [2]]]);
    expect(result.views.map((v) => [v.domainName, v.state, v.daysLeft, v.expiresOn])).toEqual([
      ['due.com', 'due', 5, key(5)],
      ['later.com', 'ok', 200, key(200)],
      ['broken.com', 'unknown', null, null],
      ['garbled.net', 'unknown', null, null],
    ]);
  });

  it('keeps what was noted for the domain while its date is unreadable, so nothing repeats when it comes back', () => {
    const h = harness();
    const good = domain(1, 'flaky.com', 5);
    expect(summary(h.check([good], 0).notices)).toEqual([['countdown', 7, [1]]]);
    h.handle(1, key(5));
    expect(h.check([broken(1, 'flaky.com', 'N/A')], 1).notices).toEqual([]);
    expect(Object.keys(h.ledger.fired)).toEqual([ledgerKey(1, key(5), 7)]);
    const back = h.check([good], 2);
    expect(back.notices).toEqual([]);
    expect(back.views[0]?.state).toBe('handled');
  });
});

describe('countdown thresholds', () => {
  it('fires each threshold once, on the local day it is crossed', () => {
    const h = harness();
    const d = [domain(1, 'example.com', 40)];
    expect(h.check(d, 9).notices).toEqual([]);
    expect(summary(h.check(d, 10).notices)).toEqual([['countdown', 30, [1]]]);
    expect(h.check(d, 10, 18).notices).toEqual([]);
    expect(h.check(d, 20).notices).toEqual([]);
    expect(summary(h.check(d, 26).notices)).toEqual([['countdown', 14, [1]]]);
    expect(summary(h.check(d, 33).notices)).toEqual([['countdown', 7, [1]]]);
    expect(summary(h.check(d, 39).notices)).toEqual([['countdown', 1, [1]]]);
    const today = h.check(d, 40);
    expect(summary(today.notices)).toEqual([['countdown', 0, [1]]]);
    expect(today.notices[0]?.title).toBe('example.com expires today');
    expect(Object.keys(h.ledger.fired).sort()).toEqual([0, 1, 14, 30, 7].map((t) => ledgerKey(1, key(40), t)).sort());
  });

  it('gives one notice, for the tightest threshold, after three weeks switched off', () => {
    const h = harness();
    const d = [domain(1, 'example.com', 40)];
    expect(h.check(d, 9).notices).toEqual([]);
    const back = h.check(d, 35);
    expect(summary(back.notices)).toEqual([['countdown', 7, [1]]]);
    expect(back.notices[0]?.title).toBe('example.com expires in 5 days');
    expect(back.notices[0]?.body).toMatch(/^It expires on .+ 2026; auto-renew is off\.$/);
  });

  it('never repeats a warning when the clock goes back', () => {
    const h = harness();
    const d = [domain(1, 'example.com', 40)];
    expect(summary(h.check(d, 35).notices)).toEqual([['countdown', 7, [1]]]);
    expect(h.check(d, 15).notices).toEqual([]);
    expect(h.check(d, 28).notices).toEqual([]);
    expect(summary(h.check(d, 39).notices)).toEqual([['countdown', 1, [1]]]);
  });

  it('uses per-domain thresholds, case-insensitively, and none at all turns a domain off', () => {
    const h = harness({ perDomain: { 'Example.com': [60, 3], 'quiet.net': [] } });
    const d = [domain(1, 'example.com', 60), domain(2, 'quiet.net', 0), domain(3, 'other.org', 30)];
    const first = h.check(d, 0);
    expect(summary(first.notices)).toEqual([['countdown', 30, [3]], ['countdown', 60, [1]]]);
    expect(first.views.find((v) => v.domainId === 2)).toMatchObject({ state: 'ok', threshold: null, firstThreshold: 0 });
    expect(summary(h.check(d, 20).notices)).toEqual([['countdown', 14, [3]]]);
    expect(summary(h.check(d.slice(0, 2), 57).notices)).toEqual([['countdown', 3, [1]]]);
    expect(thresholdsFor('EXAMPLE.COM', { ...DEFAULT_SETTINGS.reminders, perDomain: { 'example.com': [3, 60, 3] } })).toEqual([60, 3]);
  });

  it('does nothing while reminders are off, then gives the tightest one when they come back', () => {
    const off = { ...DEFAULT_SETTINGS.reminders, enabled: false };
    const d = [domain(1, 'example.com', 10)];
    const result = evaluateReminders({ domains: d, now: day(0), settings: off, ledger: emptyLedger(), marks: emptyMarks() });
    expect(result.notices).toEqual([]);
    expect(result.ledger.fired).toEqual({});
    expect(result.views[0]?.state).toBe('ok');
    const on = evaluateReminders({ domains: d, now: day(4), settings: DEFAULT_SETTINGS.reminders, ledger: result.ledger, marks: emptyMarks() });
    expect(summary(on.notices)).toEqual([['countdown', 7, [1]]]);
  });
});

describe('grouping', () => {
  it('puts the domains crossing the same threshold in one notice, most urgent first', () => {
    const h = harness();
    const d = [domain(1, 'b.com', 7), domain(2, 'a.com', 6), domain(3, 'c.com', 5), domain(4, 'd.com', 12), domain(5, 'e.com', 100)];
    const { notices } = h.check(d, 0);
    expect(summary(notices)).toEqual([
      ['countdown', 7, [3, 2, 1]],
      ['countdown', 14, [4]],
    ]);
    expect(notices[0]?.title).toBe('3 domains expire within 7 days');
    expect(notices[0]?.body).toBe('c.com in 5 days; a.com in 6 days; b.com in 7 days');
    expect(notices[1]?.title).toBe('d.com expires in 12 days');
  });

  it('keeps kinds apart even at the same number of days', () => {
    const { notices } = harness().check([domain(1, 'a.com', 5), domain(2, 'b.com', 6, true), domain(3, 'c.com', 0), domain(4, 'd.com', -2)], 0);
    expect(summary(notices)).toEqual([
      ['countdown', 0, [3]],
      ['expired', 0, [4]],
      ['auto_renew', 7, [2]],
      ['countdown', 7, [1]],
    ]);
  });

  it('says "today" for a group on the day', () => {
    const { notices } = harness().check([domain(1, 'a.com', 3), domain(2, 'b.com', 3)], 3);
    expect(notices[0]?.title).toBe('2 domains expire today');
  });
});

describe('renewals and removals', () => {
  it('starts over for a later expiry date and forgets the old one', () => {
    const h = harness();
    expect(summary(h.check([domain(1, 'example.com', 5)], 0).notices)).toEqual([['countdown', 7, [1]]]);
    const renewed = [domain(1, 'example.com', 370)];
    expect(h.check(renewed, 1).notices).toEqual([]);
    expect(h.ledger.fired).toEqual({});
    expect(summary(h.check(renewed, 340).notices)).toEqual([['countdown', 30, [1]]]);
  });

  it('drops the ledger of a domain removed from the account', () => {
    const h = harness();
    h.check([domain(1, 'a.com', 5), domain(2, 'b.com', 5)], 0);
    h.check([domain(2, 'b.com', 5)], 1);
    expect(Object.keys(h.ledger.fired)).toEqual([ledgerKey(2, key(5), 7)]);
  });

  it('ignores ledger entries it cannot read', () => {
    const result = evaluateReminders({
      domains: [domain(1, 'a.com', 5)],
      now: day(0),
      settings: DEFAULT_SETTINGS.reminders,
      ledger: { fired: { garbage: 'x', [`1/${key(5)}/soon`]: 'x' } },
      marks: emptyMarks(),
    });
    expect(Object.keys(result.ledger.fired)).toEqual([ledgerKey(1, key(5), 7)]);
  });
});

describe('auto-renew', () => {
  it('gives one "will renew on" notice at 7 days instead of the countdown', () => {
    const h = harness();
    const d = [domain(1, 'example.com', 40, true)];
    const far = h.check(d, 10);
    expect(far.notices).toEqual([]);
    expect(far.views[0]).toMatchObject({ state: 'ok', firstThreshold: 7, threshold: null, autoRenew: true });
    const week = h.check(d, 33);
    expect(summary(week.notices)).toEqual([['auto_renew', 7, [1]]]);
    expect(week.notices[0]?.title).toMatch(/^example\.com will renew on .+ 2026$/);
    expect(week.views[0]).toMatchObject({ state: 'due', threshold: 7 });
    expect(h.check(d, 39).notices).toEqual([]);
    expect(h.check(d, 40).notices).toEqual([]);
    expect(Object.keys(h.ledger.fired)).toEqual([ledgerKey(1, key(40), 'renew')]);
  });

  it('groups auto-renew notices', () => {
    const { notices } = harness().check([domain(1, 'a.com', 3, true), domain(2, 'b.com', 6, true)], 0);
    expect(summary(notices)).toEqual([['auto_renew', 7, [1, 2]]]);
    expect(notices[0]?.title).toBe('2 domains will renew within 7 days');
  });

  it('counts auto-renew domains down like the others when asked', () => {
    const h = harness({ autoRenewAsOthers: true });
    const { notices } = h.check([domain(1, 'example.com', 40, true)], 10);
    expect(summary(notices)).toEqual([['countdown', 30, [1]]]);
    expect(notices[0]?.body).toMatch(/auto-renew is on\.$/);
  });

  it('still warns when an auto-renew domain was not renewed', () => {
    const h = harness();
    const d = [domain(1, 'example.com', 5, true)];
    h.check(d, 0);
    expect(summary(h.check(d, 6).notices)).toEqual([['expired', 0, [1]]]);
  });
});

describe('expired domains', () => {
  it('gives the day-of notice, then one more a week later, then nothing', () => {
    const h = harness();
    const d = [domain(1, 'example.com', 10)];
    h.check(d, 9);
    expect(summary(h.check(d, 10).notices)).toEqual([['countdown', 0, [1]]]);
    expect(h.check(d, 11).notices).toEqual([]);
    expect(h.check(d, 16).notices).toEqual([]);
    const week = h.check(d, 17);
    expect(summary(week.notices)).toEqual([['expired', -7, [1]]]);
    expect(week.notices[0]?.title).toBe('example.com expired 7 days ago');
    expect(week.views[0]).toMatchObject({ state: 'expired', daysLeft: -7 });
    expect(h.check(d, 30).notices).toEqual([]);
  });

  it('tells a machine that was off over the expiry day once', () => {
    const h = harness();
    const d = [domain(1, 'example.com', 10), domain(2, 'other.com', 9)];
    h.check(d, 5);
    const back = h.check(d, 12);
    expect(summary(back.notices)).toEqual([['expired', 0, [2, 1]]]);
    expect(back.notices[0]?.title).toBe('2 domains have expired');
    expect(back.notices[0]?.body).toBe('other.com expired 3 days ago; example.com expired 2 days ago');
    const single = harness().check([domain(3, 'late.com', 9)], 11);
    expect(single.notices[0]?.title).toBe('late.com has expired');
  });

  it('gives only the week-later notice when first seen long after expiry', () => {
    expect(summary(harness().check([domain(1, 'old.com', 0)], 40).notices)).toEqual([['expired', -7, [1]]]);
  });
});

describe('snooze and handled', () => {
  it('holds every notice while snoozed, then fires the tightest one not given', () => {
    const h = harness();
    const d = [domain(1, 'example.com', 40), domain(2, 'other.com', 40)];
    h.snooze(1, day(36, 9));
    const during = h.check(d, 33);
    expect(summary(during.notices)).toEqual([['countdown', 7, [2]]]);
    expect(during.views.find((v) => v.domainId === 1)).toMatchObject({ state: 'snoozed', snoozedUntil: day(36, 9).toISOString() });
    const after = h.check(d, 36);
    expect(summary(after.notices)).toEqual([['countdown', 7, [1]]]);
    expect(after.views.find((v) => v.domainId === 1)).toMatchObject({ state: 'due', snoozedUntil: null });
  });

  it('silences a domain for its current expiry date only', () => {
    const h = harness();
    h.handle(1, key(20));
    const d = [domain(1, 'example.com', 20)];
    const handled = h.check(d, 15);
    expect(handled.notices).toEqual([]);
    expect(handled.views[0]?.state).toBe('handled');
    expect(handled.marks.handled).toEqual({ 1: key(20) });
    expect(h.check(d, 25).notices).toEqual([]);
    const renewed = h.check([domain(1, 'example.com', 380)], 26);
    expect(renewed.marks.handled).toEqual({});
    expect(summary(h.check([domain(1, 'example.com', 380)], 355).notices)).toEqual([['countdown', 30, [1]]]);
  });

  it('forgets marks of removed domains and ended snoozes', () => {
    const h = harness();
    h.snooze(1, day(3));
    h.snooze(2, day(30));
    h.handle(3, key(9));
    const { marks } = h.check([domain(1, 'a.com', 50), domain(2, 'b.com', 50)], 5);
    expect(marks).toEqual({ snoozedUntil: { 2: day(30).toISOString() }, handled: {} });
  });
});

describe('views', () => {
  it('fills every field, soonest expiry first', () => {
    const { views } = harness().check([domain(2, 'later.com', 100), domain(1, 'soon.com', 12), domain(3, 'gone.com', -3)], 0);
    expect(views).toEqual([
      { domainId: 3, domainName: 'gone.com', expiresOn: key(-3), daysLeft: -3, threshold: 0, firstThreshold: 30, autoRenew: false, state: 'expired', snoozedUntil: null },
      { domainId: 1, domainName: 'soon.com', expiresOn: key(12), daysLeft: 12, threshold: 14, firstThreshold: 30, autoRenew: false, state: 'due', snoozedUntil: null },
      { domainId: 2, domainName: 'later.com', expiresOn: key(100), daysLeft: 100, threshold: null, firstThreshold: 30, autoRenew: false, state: 'ok', snoozedUntil: null },
    ]);
  });
});
