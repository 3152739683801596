// Resource-usage alerts, pure: one sample of a server against its thresholds and its track.
// A metric fires once when it reaches its threshold (the CPU: for N samples in a row) and
// re-arms only once it falls below the threshold minus HYSTERESIS_POINTS, so a value wobbling
// around the line gives one alert, not one per sample. A server's first sample is its baseline:
// whatever stands over a threshold then was not seen crossing it, and does not fire.
import type { ServerDetail } from '@shared/api-types';
import type { AlertSettings } from '@shared/alert-settings';
import { HYSTERESIS_POINTS, USAGE_METRICS, type UsageMetric } from '@shared/alerts';
import type { UsageTrack } from './alert-ledger';

/** Percent of the plan per metric (the CPU's own percent); null when there is no total to measure against. */
export type UsageReading = Record<UsageMetric, number | null>;

const oneDecimal = (n: number): number => Math.round(n * 10) / 10;

export function usageReading(detail: ServerDetail): UsageReading | null {
  const usage = detail.resource_usage;
  if (!usage) return null;
  const share = (used: number, total: number | undefined): number | null => (total !== undefined && total > 0 ? oneDecimal((used / total) * 100) : null);
  return {
    disk: share(usage.disk_used, detail.plan.storage),
    bandwidth: share(usage.bandwidth_used, detail.plan.bandwidth),
    memory: share(usage.memory_used, detail.plan.memory),
    cpu: oneDecimal(usage.cpu_percent),
  };
}

export interface UsageRule {
  enabled: boolean;
  percent: number;
}

/** The server's own threshold when it has one (null: off for it), else the global rule. */
export function usageRule(serverName: string, metric: UsageMetric, settings: AlertSettings): UsageRule {
  const global = settings.usage[metric];
  const own = Object.entries(settings.perServer).find(([name]) => name.toLowerCase() === serverName.toLowerCase())?.[1][metric];
  if (own === null) return { enabled: false, percent: global.percent };
  if (own !== undefined) return { enabled: true, percent: own };
  return { enabled: global.enabled, percent: global.percent };
}

/** Whether any server has any usage alert on: otherwise a usage round asks nothing. */
export function usageAlertsOn(settings: AlertSettings): boolean {
  return USAGE_METRICS.some((m) => settings.usage[m].enabled) || Object.values(settings.perServer).some((own) => USAGE_METRICS.some((m) => typeof own[m] === 'number'));
}

export interface UsageCrossing {
  metric: UsageMetric;
  value: number;
  threshold: number;
  /** The samples in a row at or over the threshold: the CPU's streak, 1 for the others. */
  samples: number;
}

export interface UsageInput {
  /** undefined: the server's first sample. */
  track: UsageTrack | undefined;
  reading: UsageReading;
  at: string;
  serverName: string;
  settings: AlertSettings;
  /** A snoozed metric does not fire now; it fires once the snooze ends if it still stands over. */
  snoozed: (metric: UsageMetric) => boolean;
}

export function evaluateUsage({ track, reading, at, serverName, settings, snoozed }: UsageInput): { track: UsageTrack; crossings: UsageCrossing[] } {
  const firstSample = track === undefined;
  const above = new Set(track?.above ?? []);
  let cpuStreak = track?.cpuStreak ?? 0;
  const crossings: UsageCrossing[] = [];

  for (const metric of USAGE_METRICS) {
    const value = reading[metric];
    if (value === null) continue;
    const rule = usageRule(serverName, metric, settings);
    if (metric === 'cpu') cpuStreak = value >= rule.percent ? cpuStreak + 1 : 0;
    if (above.has(metric)) {
      if (value < rule.percent - HYSTERESIS_POINTS) above.delete(metric);
      continue;
    }
    const reached = metric === 'cpu' ? cpuStreak >= settings.usage.cpu.samples : value >= rule.percent;
    if (!reached) continue;
    // A metric that is off still follows its crossings, so turning it on later does not fire
    // for a crossing that happened while it was off.
    if (firstSample || !rule.enabled) {
      above.add(metric);
      continue;
    }
    if (snoozed(metric)) continue;
    above.add(metric);
    crossings.push({ metric, value, threshold: rule.percent, samples: metric === 'cpu' ? cpuStreak : 1 });
  }
  return { track: { sampledAt: at, above: USAGE_METRICS.filter((m) => above.has(m)), cpuStreak }, crossings };
}
