// The alert settings as the Settings view edits them: percents typed by hand, a server's own
// thresholds ("off" turns a metric off for it), and how they read in the list.
import type { AlertSettings } from '@shared/alert-settings';
import { USAGE_METRICS, type UsageMetric } from '@shared/alerts';

export const PERCENT_ERROR = 'Enter a whole percent from 10 to 100.';
export const SAMPLES_ERROR = 'Enter a whole number of samples from 1 to 20.';

export const METRIC_LABEL: Record<UsageMetric, string> = { disk: 'Disk', bandwidth: 'Monthly transfer', memory: 'Memory', cpu: 'CPU' };

export type ServerThresholds = AlertSettings['perServer'][string];

function wholeIn(text: string, min: number, max: number): number | null {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : null;
}

export const parsePercent = (text: string): number | null => wholeIn(text, 10, 100);
export const parseSamples = (text: string): number | null => wholeIn(text, 1, 20);

/** A server's own threshold: "off" turns the metric off for it (null), else a percent. */
export function parseOverride(text: string): number | null | 'invalid' {
  if (text.trim().toLowerCase() === 'off') return null;
  return parsePercent(text) ?? 'invalid';
}

/** "disk 70%, memory off" */
export function describeOverride(own: ServerThresholds): string {
  return USAGE_METRICS.flatMap((m) => {
    const value = own[m];
    if (value === undefined) return [];
    return [`${METRIC_LABEL[m].toLowerCase()} ${value === null ? 'off' : `${value}%`}`];
  }).join(', ');
}
