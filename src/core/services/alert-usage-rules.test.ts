import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ServerDetail } from '@shared/api-types';
import { defaultAlertSettings, type AlertSettings } from '@shared/alert-settings';
import { HYSTERESIS_POINTS } from '@shared/alerts';
import type { UsageTrack } from './alert-ledger';
import { evaluateUsage, usageReading, usageRule, type UsageReading } from './alert-usage-rules';

const AT = '2026-01-16T12:00:00.000Z';
const reading = (partial: Partial<UsageReading>): UsageReading => ({ disk: null, bandwidth: null, memory: null, cpu: null, ...partial });

/** Feeds the values one sample after another, the track going through JSON as through the Store. */
function run(values: Partial<UsageReading>[], settings: AlertSettings = defaultAlertSettings(), snoozed = () => false) {
  let track: UsageTrack | undefined;
  return values.map((value) => {
    const result = evaluateUsage({ track, reading: reading(value), at: AT, serverName: 'web-01', settings, snoozed });
    track = JSON.parse(JSON.stringify(result.track)) as UsageTrack;
    return result.crossings;
  });
}

describe('usage readings', () => {
  it('are percent of the plan, one decimal; no total, no percent', () => {
    const detail = {
      id: 1,
      name: 'web-01',
      plan: { id: 1, name: 'S', vcpus: 1, memory: 2048, storage: 80, bandwidth: 2000 },
      resource_usage: { cpu_percent: 12.345, memory_used: 1024, disk_used: 73, bandwidth_used: 1700 },
    } as ServerDetail;
    expect(usageReading(detail)).toEqual({ disk: 91.3, bandwidth: 85, memory: 50, cpu: 12.3 });
    const { bandwidth: _b, ...plan } = detail.plan;
    expect(usageReading({ ...detail, plan })?.bandwidth).toBeNull();
    expect(usageReading({ ...detail, resource_usage: undefined })).toBeNull();
  });

  it('use a server’s own threshold, or none when it is null', () => {
    const settings = defaultAlertSettings();
    settings.perServer['Web-01'] = { disk: 70, memory: 60, bandwidth: null };
    expect(usageRule('web-01', 'disk', settings)).toEqual({ enabled: true, percent: 70 });
    expect(usageRule('web-01', 'memory', settings)).toEqual({ enabled: true, percent: 60 });
    expect(usageRule('web-01', 'bandwidth', settings)).toEqual({ enabled: false, percent: 80 });
    expect(usageRule('db-01', 'disk', settings)).toEqual({ enabled: true, percent: 90 });
    expect(usageRule('db-01', 'memory', settings)).toEqual({ enabled: false, percent: 90 });
  });
});

describe('usage crossings', () => {
  it('fire once per crossing and re-arm below the threshold minus 5 points', () => {
    const fired = run([{ disk: 50 }, { disk: 91 }, { disk: 95 }, { disk: 86 }, { disk: 92 }, { disk: 84.9 }, { disk: 90 }]);
    expect(fired.map((c) => c.map((x) => x.value))).toEqual([[], [91], [], [], [], [], [90]]);
    expect(fired[1]).toEqual([{ metric: 'disk', value: 91, threshold: 90, samples: 1 }]);
  });

  it('do not fire for what already stands over the line at the first sample', () => {
    expect(run([{ disk: 97, bandwidth: 99 }, { disk: 98, bandwidth: 99 }]).flat()).toEqual([]);
  });

  it('need N CPU samples in a row at or over the threshold', () => {
    const settings = defaultAlertSettings();
    settings.usage.cpu = { enabled: true, percent: 80, samples: 3 };
    const fired = run([{ cpu: 10 }, { cpu: 85 }, { cpu: 90 }, { cpu: 70 }, { cpu: 81 }, { cpu: 82 }, { cpu: 99 }, { cpu: 99 }], settings);
    expect(fired.map((c) => c.length)).toEqual([0, 0, 0, 0, 0, 0, 1, 0]);
    expect(fired[6]).toEqual([{ metric: 'cpu', value: 99, threshold: 80, samples: 3 }]);
  });

  it('follow a metric that is off without firing, so turning it on does not fire for an old crossing', () => {
    const off = run([{ memory: 10 }, { memory: 95 }]);
    expect(off.flat()).toEqual([]);
    const settings = defaultAlertSettings();
    settings.usage.memory.enabled = true;
    let track: UsageTrack | undefined;
    for (const [memory, s] of [
      [10, defaultAlertSettings()],
      [95, defaultAlertSettings()],
      [96, settings],
    ] as const) {
      const result = evaluateUsage({ track, reading: reading({ memory }), at: AT, serverName: 'web-01', settings: s, snoozed: () => false });
      track = result.track;
      expect(result.crossings).toEqual([]);
    }
  });

  it('wait out a snooze and fire afterwards if the value still stands over', () => {
    let snoozed = true;
    let track: UsageTrack | undefined;
    const step = (disk: number) => {
      const result = evaluateUsage({ track, reading: reading({ disk }), at: AT, serverName: 'web-01', settings: defaultAlertSettings(), snoozed: () => snoozed });
      track = result.track;
      return result.crossings.length;
    };
    expect([step(10), step(95), step(96)]).toEqual([0, 0, 0]);
    snoozed = false;
    expect([step(96), step(97)]).toEqual([1, 0]);
  });

  it('fire exactly once per crossing and never on the first sample (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 100 }), fc.array(fc.integer({ min: 0, max: 1000 }).map((n) => n / 10), { minLength: 1, maxLength: 60 }), (threshold, values) => {
        const settings = defaultAlertSettings();
        settings.usage.disk.percent = threshold;
        const fired = run(values.map((disk) => ({ disk })), settings).map((c) => c.length > 0);
        const low = (v: number) => v < threshold - HYSTERESIS_POINTS;
        // Never on the first sample; only at or over the threshold.
        expect(fired[0]).toBe(false);
        fired.forEach((f, i) => f && expect(values[i]).toBeGreaterThanOrEqual(threshold));
        // Armed at i: since the last alert (or the start), the value was seen under the threshold
        // minus the hysteresis (or, at the first sample, under the threshold).
        let armed = (values[0] ?? 0) < threshold;
        for (let i = 1; i < values.length; i++) {
          const v = values[i] ?? 0;
          expect(fired[i]).toBe(armed && v >= threshold);
          if (fired[i]) armed = false;
          else if (low(v)) armed = true;
        }
      }),
      { numRuns: 300 },
    );
  });
});
