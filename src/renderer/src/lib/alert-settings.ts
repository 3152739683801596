// The alert settings as the Settings view edits them: percents typed by hand, a server's own
// thresholds ("off", or that word in the active language, turns a metric off for it), and how
// they read in the list.
import type { AlertSettings } from '@shared/alert-settings';
import { USAGE_METRICS, type UsageMetric } from '@shared/alerts';
import { formatPercent } from '@shared/format';
import { m } from '@shared/i18n';

/** Each metric's name, in the active language. */
export const METRIC_LABEL: Record<UsageMetric, () => string> = { disk: m.usage_disk, bandwidth: m.alert_metric_bandwidth, memory: m.usage_memory, cpu: m.col_cpu };

export type ServerThresholds = AlertSettings['perServer'][string];

function wholeIn(text: string, min: number, max: number): number | null {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : null;
}

export const parsePercent = (text: string): number | null => wholeIn(text, 10, 100);
export const parseSamples = (text: string): number | null => wholeIn(text, 1, 20);

/** A server's own threshold: "off" (in English or the active language) turns the metric off for it (null), else a percent. */
export function parseOverride(text: string): number | null | 'invalid' {
  const word = text.trim().toLocaleLowerCase();
  if (word === 'off' || word === m.alert_off_word().toLocaleLowerCase()) return null;
  return parsePercent(text) ?? 'invalid';
}

/** "Disk: 70%, Memory: off" */
export function describeOverride(own: ServerThresholds): string {
  return USAGE_METRICS.flatMap((metric) => {
    const value = own[metric];
    if (value === undefined) return [];
    return [m.alert_override_item({ metric: METRIC_LABEL[metric](), value: value === null ? m.alert_off_word() : formatPercent(value) })];
  }).join(', ');
}
