// Small formatters shared by the window, the tray and the CLI, so every surface says the same
// thing the same way. English, like the rest of the interface.

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Plan memory and memory usage come in MiB: 512 → "512 MiB", 2048 → "2.0 GiB". */
export function formatMemory(mib: number): string {
  return mib < 1024 ? `${Math.round(mib)} MiB` : `${(mib / 1024).toFixed(1)} GiB`;
}

/** Storage and bandwidth come in GB: 80 → "80 GB", 12.25 → "12.3 GB", 2000 → "2.0 TB". */
export function formatGb(gb: number): string {
  if (gb >= 1000) return `${(gb / 1000).toFixed(1)} TB`;
  return `${Number.isInteger(gb) ? gb : gb.toFixed(1)} GB`;
}

/** A value already in percent: 37.5 → "38%". */
export function formatPercent(percent: number): string {
  return `${Math.round(percent)}%`;
}

/** The share of `used` in `total` as a percent, 0 when there is no total. */
export function percentOf(used: number, total: number): number {
  return total > 0 ? (used / total) * 100 : 0;
}

/** Whole days to an expiry: "expires today", "in 1 day", "in 12 days", "expired 2 days ago". */
export function formatCountdown(daysLeft: number): string {
  if (daysLeft === 0) return 'expires today';
  if (daysLeft > 0) return `in ${plural(daysLeft, 'day')}`;
  return `expired ${plural(-daysLeft, 'day')} ago`;
}

/** How long ago something happened: "just now", "5 min ago", "3 h ago", "2 days ago". */
export function formatAge(ms: number): string {
  if (ms < MINUTE) return 'just now';
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} min ago`;
  if (ms < DAY) return `${Math.floor(ms / HOUR)} h ago`;
  return `${plural(Math.floor(ms / DAY), 'day')} ago`;
}

/** How long something took: "41 s", "2 min 5 s", "1 h 3 min". */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / SECOND));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 === 0 ? `${minutes} min` : `${minutes} min ${seconds % 60} s`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}

// The Intl formatters are made on first use: building one loads ICU data (tens of ms), which a
// process that never formats money or a date (`vps servers list --json`) should not pay for.
let usd: Intl.NumberFormat | undefined;

/** 12.99 → "$12.99", 1234.5 → "$1,234.50". */
export function formatUsd(amount: number): string {
  usd ??= new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
  return usd.format(amount);
}

let calendarDay: Intl.DateTimeFormat | undefined;

/** A calendar date (YYYY-MM-DD) for people: "2026-03-12" → "Mar 12, 2026". */
export function formatDay(dateKey: string): string {
  // Calendar dates are formatted in UTC from their own fields, so the time zone cannot shift them.
  calendarDay ??= new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short', day: 'numeric', year: 'numeric' });
  const [year, month, day] = dateKey.split('-').map(Number);
  return calendarDay.format(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}
