// Expiry math in the user's local calendar. Days are counted between calendar dates, never
// from `days_until_expiration` (the provider's own example contradicts `expiration_date`) and
// never as elapsed hours divided by 24, which drifts by one across daylight-saving changes.

const DAY_MS = 86_400_000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** YYYY-MM-DD of the instant in the local time zone. */
export function localDateKey(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local calendar date the expiry instant falls on. A bare date is already a calendar date. */
export function expiryDateKey(expirationIso: string): string {
  if (DATE_ONLY.test(expirationIso)) return expirationIso;
  return localDateKey(new Date(expirationIso));
}

function dayNumber(key: string): number {
  const match = DATE_ONLY.exec(key);
  if (!match) throw new RangeError(`Not a calendar date: ${key}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

/** Whole calendar days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The calendar date `days` after `key` (YYYY-MM-DD). */
export function addDays(key: string, days: number): string {
  const date = new Date((dayNumber(key) + days) * DAY_MS);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Whole local calendar days from today to the expiry date; 0 on the day, negative once past. */
export function daysUntilExpiry(expirationIso: string, now: Date): number {
  return daysBetween(localDateKey(now), expiryDateKey(expirationIso));
}
