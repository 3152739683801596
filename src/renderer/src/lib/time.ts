// Timestamps of things that happened (activity, creation), in the user's locale and time zone.
import { localDateKey } from '@shared/expiry';
import { formatDay } from '@shared/format';

const sameDay = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
const otherDay = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

export function formatTimestamp(iso: string, now: number): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (new Date(now).toDateString() === date.toDateString() ? sameDay : otherDay).format(date);
}

/** Milliseconds since an ISO time, never negative (main's clock and ours may differ a little). */
export function since(iso: string | null | undefined, now: number): number {
  if (!iso) return 0;
  const at = Date.parse(iso);
  return Number.isNaN(at) ? 0 : Math.max(0, now - at);
}

/** The local calendar day of an instant: "Jan 17, 2026". */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatDay(localDateKey(date));
}
