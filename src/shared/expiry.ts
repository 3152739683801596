// Expiry math in the user's local calendar. Days are counted between calendar dates, never
// from `days_until_expiration` (the provider's own example contradicts `expiration_date`) and
// never as elapsed hours divided by 24, which drifts by one across daylight-saving changes.
// An `expiration_date` that is not an ISO 8601 date or date-time is an unknown expiry (null):
// that one domain shows "expiry unknown", and every other domain is counted as usual.

const DAY_MS = 86_400_000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** YYYY-MM-DD of the instant in the local time zone. */
export function localDateKey(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A real calendar date (no 2026-02-30), as YYYY-MM-DD. */
function isCalendarDate(key: string): boolean {
  const match = DATE_ONLY.exec(key);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

/**
 * The local calendar date the expiry instant falls on; a bare date is already a calendar date.
 * null when the text is not an ISO 8601 date or date-time.
 */
export function expiryDateKey(expirationIso: string): string | null {
  if (DATE_ONLY.test(expirationIso)) return isCalendarDate(expirationIso) ? expirationIso : null;
  if (!DATE_TIME.test(expirationIso) || !isCalendarDate(expirationIso.slice(0, 10))) return null;
  const instant = new Date(expirationIso);
  return Number.isNaN(instant.getTime()) ? null : localDateKey(instant);
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

/** Whole local calendar days from today to the expiry date; 0 on the day, negative once past; null when unknown. */
export function daysUntilExpiry(expirationIso: string, now: Date): number | null {
  const key = expiryDateKey(expirationIso);
  return key === null ? null : daysBetween(localDateKey(now), key);
}
