// The domain-expiry reminder engine (issue #7), pure: given the domains, the clock, the settings,
// the ledger of notices already given and the user's snoozes and "handled" marks, it says what
// each domain's reminder state is and which notices to give now, grouped.
//
// Each domain walks a ladder of steps, widest first: its countdown thresholds (or, for an
// auto-renew domain, one "will renew" step at 7 days), then "expired" on the first day past
// expiry and "expired a week ago". Only the tightest step reached may fire, and only when no step
// at least as tight has fired for this expiry date: so a machine off for three weeks gives one
// notice, and a clock set back never repeats a warning already given. A domain whose expiry
// cannot be read is shown as such and never notified; its ledger and marks wait for a date.
import type { Domain } from './api-types';
import type { ReminderState, ReminderView } from './app-state';
import type { Settings } from './settings';
import { daysBetween, expiryDateKey, localDateKey } from './expiry';
import { formatCountdown, formatDay } from './format';
import { m } from './i18n';

/** Auto-renew domains get their single "will renew on …" notice this many days before expiry. */
export const AUTO_RENEW_NOTICE_DAYS = 7;
/** An expired domain gets one more notice this many days after expiry. */
export const EXPIRED_FOLLOW_UP_DAYS = 7;

export type LedgerThreshold = number | 'renew' | 'expired+7';

/** Notices already given, for one profile: ledger key → ISO time it fired. */
export interface ReminderLedger {
  fired: Record<string, string>;
}

/** The user's per-domain marks, for one profile. */
export interface ReminderMarks {
  /** domain id → ISO time the snooze ends */
  snoozedUntil: Record<number, string>;
  /** domain id → the expiry date (YYYY-MM-DD) that was handled; a renewal makes it stale. */
  handled: Record<number, string>;
}

export type ReminderNoticeKind = 'countdown' | 'auto_renew' | 'expired';

export interface ReminderNotice {
  kind: ReminderNoticeKind;
  /** Days before expiry this notice is about: a countdown threshold, 7 for auto-renew, 0 or -7 once expired. */
  threshold: number;
  title: string;
  body: string;
  /** The domains in this notice, most urgent first: a click opens the Domains view on them. */
  domainIds: number[];
}

export interface ReminderInput {
  domains: Domain[];
  now: Date;
  settings: Settings['reminders'];
  ledger: ReminderLedger;
  marks: ReminderMarks;
}

export interface ReminderResult {
  /** One per domain, soonest expiry first. */
  views: ReminderView[];
  notices: ReminderNotice[];
  /** The ledger with this run's notices added and the keys of removed or renewed domains dropped. */
  ledger: ReminderLedger;
  /** The marks without ended snoozes, stale "handled" marks and removed domains. */
  marks: ReminderMarks;
}

export function emptyLedger(): ReminderLedger {
  return { fired: {} };
}

export function emptyMarks(): ReminderMarks {
  return { snoozedUntil: {}, handled: {} };
}

export function ledgerKey(domainId: number, expiresOn: string, threshold: LedgerThreshold): string {
  return `${domainId}/${expiresOn}/${threshold}`;
}

/** Where a step sits on the ladder, in days before expiry: smaller is tighter. */
function position(threshold: LedgerThreshold): number {
  if (threshold === 'renew') return AUTO_RENEW_NOTICE_DAYS;
  if (threshold === 'expired+7') return -EXPIRED_FOLLOW_UP_DAYS;
  return threshold;
}

function parseLedgerKey(key: string): { domainId: number; expiresOn: string; position: number } | null {
  const match = /^(\d+)\/(\d{4}-\d{2}-\d{2})\/(\d+|renew|expired\+7)$/.exec(key);
  if (!match) return null;
  const threshold = match[3] === 'renew' || match[3] === 'expired+7' ? match[3] : Number(match[3]);
  return { domainId: Number(match[1]), expiresOn: match[2] ?? '', position: position(threshold) };
}

interface Step {
  kind: ReminderNoticeKind;
  threshold: LedgerThreshold;
}

/** The thresholds that apply to a domain, widest first, without repeats. */
export function thresholdsFor(domainName: string, settings: Settings['reminders']): number[] {
  const own = Object.entries(settings.perDomain).find(([name]) => name.toLowerCase() === domainName.toLowerCase());
  return [...new Set(own ? own[1] : settings.thresholds)].sort((a, b) => b - a);
}

/** The tightest step reached; an empty threshold list turns reminders off for the domain. */
function tightestStep(daysLeft: number, thresholds: number[], autoRenewMode: boolean): Step | null {
  if (thresholds.length === 0) return null;
  if (daysLeft <= -EXPIRED_FOLLOW_UP_DAYS) return { kind: 'expired', threshold: 'expired+7' };
  // Shares the key of the day-of threshold: a domain told "expires today" is not told again tomorrow.
  if (daysLeft < 0) return { kind: 'expired', threshold: 0 };
  if (autoRenewMode) return daysLeft <= AUTO_RENEW_NOTICE_DAYS ? { kind: 'auto_renew', threshold: 'renew' } : null;
  const crossed = thresholds.filter((t) => daysLeft <= t);
  const tightest = crossed[crossed.length - 1];
  return tightest === undefined ? null : { kind: 'countdown', threshold: tightest };
}

export interface Due {
  domain: Domain;
  daysLeft: number;
  expiresOn: string;
}

/** A notice's words; for one domain alone, the sentence `vps watch` prints for it. */
export function noticeText(kind: ReminderNoticeKind, threshold: number, due: Due[]): { title: string; body: string } {
  const [first] = due;
  if (due.length === 1 && first) {
    const { domain, daysLeft, expiresOn } = first;
    const name = domain.domain_name;
    const day = formatDay(expiresOn);
    if (kind === 'auto_renew') return { title: m.notify_will_renew({ name, day }), body: m.notify_will_renew_body() };
    if (kind === 'expired') {
      return {
        title: daysLeft <= -EXPIRED_FOLLOW_UP_DAYS ? m.notify_domain_countdown({ name, countdown: formatCountdown(daysLeft) }) : m.notify_has_expired({ name }),
        body: m.notify_expired_body({ day }),
      };
    }
    return {
      title: daysLeft === 0 ? m.notify_expires_today({ name }) : m.notify_expires_in({ name, countdown: formatCountdown(daysLeft) }),
      body: domain.auto_renew ? m.notify_expires_body_auto_on({ day }) : m.notify_expires_body_auto_off({ day }),
    };
  }
  const count = due.length;
  const list = (line: (d: Due) => string): string => due.map(line).join('; ');
  const countdowns = list((d) => m.notify_domain_countdown({ name: d.domain.domain_name, countdown: formatCountdown(d.daysLeft) }));
  if (kind === 'auto_renew') {
    return { title: m.notify_many_will_renew({ count, within: m.within_days({ days: threshold }) }), body: list((d) => m.notify_renews_on({ name: d.domain.domain_name, day: formatDay(d.expiresOn) })) };
  }
  if (kind === 'expired') return { title: m.notify_many_expired({ count }), body: countdowns };
  return { title: threshold === 0 ? m.notify_many_expire_today({ count }) : m.notify_many_expire_within({ count, within: m.within_days({ days: threshold }) }), body: countdowns };
}

const byUrgency = (a: Due, b: Due): number => a.daysLeft - b.daysLeft || a.domain.domain_name.localeCompare(b.domain.domain_name);

/** Soonest first; unknown expiries last. */
function byDaysLeft(a: number | null, b: number | null): number {
  if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  return a - b;
}

export function evaluateReminders({ domains, now, settings, ledger, marks }: ReminderInput): ReminderResult {
  const current = new Map(domains.map((d) => [d.id, expiryDateKey(d.expiration_date)]));
  // A domain in the list with an unreadable date keeps what it had: it may be a passing glitch.
  const keeps = (domainId: number, expiresOn: string): boolean => {
    const known = current.get(domainId);
    return known === expiresOn || (known === null && current.has(domainId));
  };
  const today = localDateKey(now);

  const fired: Record<string, string> = {};
  const firedPositions = new Map<number, number[]>();
  for (const [key, at] of Object.entries(ledger.fired)) {
    const parsed = parseLedgerKey(key);
    if (!parsed || !keeps(parsed.domainId, parsed.expiresOn)) continue;
    fired[key] = at;
    firedPositions.set(parsed.domainId, [...(firedPositions.get(parsed.domainId) ?? []), parsed.position]);
  }

  const nextMarks = emptyMarks();
  for (const [id, until] of Object.entries(marks.snoozedUntil)) {
    if (current.has(Number(id)) && Date.parse(until) > now.getTime()) nextMarks.snoozedUntil[Number(id)] = until;
  }
  for (const [id, expiresOn] of Object.entries(marks.handled)) {
    if (keeps(Number(id), expiresOn)) nextMarks.handled[Number(id)] = expiresOn;
  }

  const views: ReminderView[] = [];
  const groups = new Map<string, { kind: ReminderNoticeKind; threshold: number; due: Due[] }>();
  const firedAt = now.toISOString();

  for (const domain of domains) {
    const expiresOn = current.get(domain.id) ?? null;
    const autoRenewMode = domain.auto_renew && !settings.autoRenewAsOthers;
    const configured = thresholdsFor(domain.domain_name, settings);
    const effective = autoRenewMode && configured.length > 0 ? [AUTO_RENEW_NOTICE_DAYS] : configured;
    const snoozedUntil = nextMarks.snoozedUntil[domain.id] ?? null;
    const known = { domainId: domain.id, domainName: domain.domain_name, firstThreshold: effective[0] ?? 0, autoRenew: domain.auto_renew, snoozedUntil };
    if (expiresOn === null) {
      views.push({ ...known, expiresOn: null, daysLeft: null, threshold: null, state: 'unknown' });
      continue;
    }
    const daysLeft = daysBetween(today, expiresOn);
    const crossed = effective.filter((t) => daysLeft <= t);
    const threshold = crossed[crossed.length - 1] ?? null;
    const handled = nextMarks.handled[domain.id] === expiresOn;

    let state: ReminderState = 'ok';
    if (handled) state = 'handled';
    else if (snoozedUntil !== null) state = 'snoozed';
    else if (daysLeft < 0) state = 'expired';
    else if (settings.enabled && threshold !== null) state = 'due';

    views.push({ ...known, expiresOn, daysLeft, threshold, state });

    if (!settings.enabled || handled || snoozedUntil !== null) continue;
    const step = tightestStep(daysLeft, configured, autoRenewMode);
    if (!step) continue;
    const at = position(step.threshold);
    if ((firedPositions.get(domain.id) ?? []).some((p) => p <= at)) continue;

    fired[ledgerKey(domain.id, expiresOn, step.threshold)] = firedAt;
    const groupKey = `${step.kind}/${at}`;
    const group = groups.get(groupKey) ?? { kind: step.kind, threshold: at, due: [] };
    group.due.push({ domain, daysLeft, expiresOn });
    groups.set(groupKey, group);
  }

  const notices = [...groups.values()]
    .sort((a, b) => a.threshold - b.threshold || a.kind.localeCompare(b.kind))
    .map(({ kind, threshold, due }) => {
      const sorted = [...due].sort(byUrgency);
      return { kind, threshold, ...noticeText(kind, threshold, sorted), domainIds: sorted.map((d) => d.domain.id) };
    });

  views.sort((a, b) => byDaysLeft(a.daysLeft, b.daysLeft) || a.domainName.localeCompare(b.domainName));
  return { views, notices, ledger: { fired }, marks: nextMarks };
}
