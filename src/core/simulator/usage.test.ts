import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ServerStatus } from '@shared/api-types';
import { PLANS } from '@shared/catalog';
import { resourceUsage } from './usage';

const start = Date.UTC(2026, 0, 16, 12);
const statuses: ServerStatus[] = ['active', 'stopped', 'suspended', 'provisioning', 'starting', 'stopping', 'rebooting'];

describe('resourceUsage', () => {
  it('always stays within the plan (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.constantFrom(...PLANS),
        fc.constantFrom(...statuses),
        fc.integer({ min: 0, max: 5 * 365 * 86_400_000 }),
        (id, plan, status, offset) => {
          const usage = resourceUsage({ id, status }, plan, start + offset);
          expect(usage.cpu_percent).toBeGreaterThanOrEqual(0);
          expect(usage.cpu_percent).toBeLessThanOrEqual(100);
          expect(usage.memory_used).toBeGreaterThanOrEqual(0);
          expect(usage.memory_used).toBeLessThanOrEqual(plan.memory);
          expect(usage.disk_used).toBeLessThanOrEqual(plan.storage);
          expect(usage.bandwidth_used).toBeGreaterThanOrEqual(0);
          expect(usage.bandwidth_used).toBeLessThanOrEqual(plan.bandwidth);
          expect(Number.isInteger(usage.memory_used) && Number.isInteger(usage.disk_used) && Number.isInteger(usage.bandwidth_used)).toBe(true);
        },
      ),
    );
  });

  it('uses no CPU or memory while stopped, suspended or provisioning', () => {
    for (const status of ['stopped', 'suspended', 'provisioning'] as const) {
      expect(resourceUsage({ id: 7, status }, PLANS[0]!, start)).toMatchObject({ cpu_percent: 0, memory_used: 0 });
    }
  });

  it('is the same for the same server and time, and moves smoothly with time', () => {
    const plan = PLANS[1]!;
    expect(resourceUsage({ id: 42, status: 'active' }, plan, start)).toEqual(resourceUsage({ id: 42, status: 'active' }, plan, start));
    const samples = Array.from({ length: 120 }, (_, i) => resourceUsage({ id: 42, status: 'active' }, plan, start + i * 5_000).cpu_percent);
    expect(new Set(samples).size).toBeGreaterThan(20);
    const biggestStep = Math.max(...samples.slice(1).map((v, i) => Math.abs(v - samples[i]!)));
    expect(biggestStep).toBeLessThan(15);
  });

  it('differs between servers at the same moment', () => {
    const cpus = new Set(Array.from({ length: 20 }, (_, id) => resourceUsage({ id, status: 'active' }, PLANS[0]!, start).cpu_percent));
    expect(cpus.size).toBeGreaterThan(10);
  });

  it('counts bandwidth up through the month and starts over', () => {
    const plan = PLANS[0]!;
    const early = resourceUsage({ id: 9, status: 'active' }, plan, Date.UTC(2026, 2, 2));
    const late = resourceUsage({ id: 9, status: 'active' }, plan, Date.UTC(2026, 2, 30));
    const next = resourceUsage({ id: 9, status: 'active' }, plan, Date.UTC(2026, 3, 1));
    expect(late.bandwidth_used).toBeGreaterThan(early.bandwidth_used);
    expect(next.bandwidth_used).toBe(0);
  });
});
