// How a domain's expiry should look, from the reminder main computed for it: a tone for the
// colour and an icon for the shape, so urgency reads without colour too.
import { m } from '@shared/i18n';
import type { ReminderView } from '@shared/app-state';
import type { IconName } from '../components/Icon.svelte';

export type Tone = 'danger' | 'warn' | 'ok' | 'neutral';

export interface Urgency {
  tone: Tone;
  icon: IconName;
  /** Words for assistive technology and tooltips. */
  label: string;
}

/** A crossed threshold this close (days) or closer is painted as urgent, not just due. */
const URGENT_DAYS = 7;

export function urgencyOf(reminder: ReminderView | undefined): Urgency {
  if (!reminder) return { tone: 'neutral', icon: 'calendar', label: m.urgency_date() };
  switch (reminder.state) {
    case 'expired':
      return { tone: 'danger', icon: 'octagon', label: m.urgency_expired() };
    case 'due':
      return reminder.daysLeft <= URGENT_DAYS
        ? { tone: 'danger', icon: 'alert', label: m.urgency_very_soon() }
        : { tone: 'warn', icon: 'alert', label: m.urgency_soon() };
    case 'snoozed':
      return { tone: 'neutral', icon: 'clock', label: m.urgency_snoozed() };
    case 'handled':
      return { tone: 'neutral', icon: 'check', label: m.urgency_handled() };
    case 'ok':
      return reminder.autoRenew ? { tone: 'ok', icon: 'repeat', label: m.urgency_auto() } : { tone: 'ok', icon: 'calendar', label: m.urgency_not_due() };
  }
}
