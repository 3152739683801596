// The expiry day as the window writes it, from the reminder main computed for the domain: a
// domain whose expiry VPS.org did not send as a date reads "Unknown", never as garbage.
import type { ReminderView } from '@shared/app-state';
import { expiryDateKey } from '@shared/expiry';
import { m } from '@shared/i18n';
import { formatCountdown, formatDay } from '@shared/format';

export function expiryDay(reminder: ReminderView | undefined): string {
  if (!reminder) return '—';
  return reminder.expiresOn === null ? m.expiry_unknown_day() : formatDay(reminder.expiresOn);
}

export function expiryCountdown(reminder: ReminderView | undefined): string {
  if (!reminder) return '—';
  return reminder.daysLeft === null ? m.expiry_unknown() : formatCountdown(reminder.daysLeft);
}

/** Another date the API sent (registration), when it is one. */
export function apiDay(iso: string): string | null {
  const key = expiryDateKey(iso);
  return key === null ? null : formatDay(key);
}
