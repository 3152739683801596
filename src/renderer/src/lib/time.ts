// Times of things that happened (activity, creation), in the user's time zone and the app's
// language.
import { localDateKey } from '@shared/expiry';
import { formatDay } from '@shared/format';

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
