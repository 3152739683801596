// Small formatters shared by the window, the tray and the CLI, so every surface says the same
// thing the same way: in the active language (src/shared/i18n), with numbers, dates and
// currency through Intl. The CLI never changes the language, so it stays in English.
import type { DomainStatus, Plan, ServerStatus } from './api-types';
import { activeLocale, m } from './i18n';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Intl formatters for the active locale, made once per locale and options. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(kind: string, make: (locale: string) => T): T {
  const locale = activeLocale();
  const key = `${kind}:${locale}`;
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make(locale);
    formatters.set(key, formatter);
  }
  return formatter;
}

const oneDecimal = () => cached('1dp', (l) => new Intl.NumberFormat(l, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }));
const upToOneDecimal = () => cached('0-1dp', (l) => new Intl.NumberFormat(l, { maximumFractionDigits: 1 }));
const whole = () => cached('0dp', (l) => new Intl.NumberFormat(l, { maximumFractionDigits: 0, useGrouping: false }));

/** Plan memory and memory usage come in MiB: 512 → "512 MiB", 2048 → "2.0 GiB". */
export function formatMemory(mib: number): string {
  return mib < 1024 ? `${whole().format(Math.round(mib))} MiB` : `${oneDecimal().format(mib / 1024)} GiB`;
}

/** Storage and bandwidth come in GB: 80 → "80 GB", 12.25 → "12.3 GB", 2000 → "2.0 TB". */
export function formatGb(gb: number): string {
  if (gb >= 1000) return `${oneDecimal().format(gb / 1000)} TB`;
  return `${Number.isInteger(gb) ? whole().format(gb) : upToOneDecimal().format(gb)} GB`;
}

/** A value already in percent: 37.5 → "38%"; with one decimal, 94.56 → "94.6%" and 90 → "90%". */
export function formatPercent(percent: number, decimals: 0 | 1 = 0): string {
  const scale = 10 ** decimals;
  return cached(`percent${decimals}`, (l) => new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: decimals })).format(Math.round(percent * scale) / scale / 100);
}

/** What a plan gives: "2 vCPU · 4.0 GiB · 80 GB". */
export function formatPlan(plan: Pick<Plan, 'vcpus' | 'memory' | 'storage'>): string {
  return `${whole().format(plan.vcpus)} vCPU · ${formatMemory(plan.memory)} · ${formatGb(plan.storage)}`;
}

/** The share of `used` in `total` as a percent, 0 when there is no total. */
export function percentOf(used: number, total: number): number {
  return total > 0 ? (used / total) * 100 : 0;
}

/** Whole days to an expiry: "expires today", "in 1 day", "in 12 days", "expired 2 days ago". */
export function formatCountdown(daysLeft: number): string {
  if (daysLeft === 0) return m.countdown_today();
  if (daysLeft > 0) return m.countdown_in({ days: daysLeft });
  return m.countdown_expired({ days: -daysLeft });
}

/** How long ago something happened: "just now", "5 min ago", "3 h ago", "2 days ago". */
export function formatAge(ms: number): string {
  if (ms < MINUTE) return m.age_just_now();
  if (ms < HOUR) return m.age_minutes({ minutes: Math.floor(ms / MINUTE) });
  if (ms < DAY) return m.age_hours({ hours: Math.floor(ms / HOUR) });
  return m.age_days({ days: Math.floor(ms / DAY) });
}

/** How long something took: "41 s", "2 min 5 s", "1 h 3 min". */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / SECOND));
  if (seconds < 60) return m.duration_seconds({ s: seconds });
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 === 0 ? m.duration_minutes({ min: minutes }) : m.duration_minutes_seconds({ min: minutes, s: seconds % 60 });
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? m.duration_hours({ h: hours }) : m.duration_hours_minutes({ h: hours, min: minutes % 60 });
}

/** 12.99 → "$12.99", 1234.5 → "$1,234.50" (in English; each language writes US dollars its own way). */
export function formatUsd(amount: number): string {
  return cached('usd', (l) => new Intl.NumberFormat(l, { style: 'currency', currency: 'USD' })).format(amount);
}

/** A calendar date (YYYY-MM-DD) for people: "2026-03-12" → "Mar 12, 2026". */
export function formatDay(dateKey: string): string {
  const [year, month, day] = dateKey.split('-').map(Number);
  // Calendar dates are formatted in UTC from their own fields, so the time zone cannot shift them.
  const format = cached('day', (l) => new Intl.DateTimeFormat(l, { timeZone: 'UTC', month: 'short', day: 'numeric', year: 'numeric' }));
  return format.format(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}

/** When something happened, in the local time zone: the time for today ("14:05:09"), else the day and time ("Mar 12, 14:05"). */
export function formatTimestamp(iso: string, now: number): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const today = new Date(now).toDateString() === date.toDateString();
  const format = today
    ? cached('time', (l) => new Intl.DateTimeFormat(l, { hour: '2-digit', minute: '2-digit', second: '2-digit' }))
    : cached('day-time', (l) => new Intl.DateTimeFormat(l, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }));
  return format.format(date);
}

/** A server's status in words: "running", "stopped", "rebooting"… */
export function serverStatusWord(status: ServerStatus): string {
  const words: Record<ServerStatus, () => string> = {
    active: m.status_active,
    stopped: m.status_stopped,
    suspended: m.status_suspended,
    provisioning: m.status_provisioning,
    starting: m.status_starting,
    stopping: m.status_stopping,
    rebooting: m.status_rebooting,
  };
  return words[status]();
}

/** A domain's status in words: "active", "pending", "expired", "locked". */
export function domainStatusWord(status: DomainStatus): string {
  const words: Record<DomainStatus, () => string> = { active: m.domain_active, pending: m.domain_pending, expired: m.domain_expired, locked: m.domain_locked };
  return words[status]();
}
