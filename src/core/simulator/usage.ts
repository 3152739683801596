// Resource usage that looks alive: smooth waves whose shape depends on the server id and
// whose phase moves with the clock, so the same id and time always give the same figures.
// A ramp set through the scenario replaces a metric's wave from its start on.
import type { ResourceUsage, ServerStatus } from '@shared/api-types';
import type { UsageMetric } from '@shared/alerts';
import type { CatalogPlan } from '@shared/catalog';
import type { UsageRamp } from './state';

/** Statuses in which the machine is powered and doing work. */
const RUNNING: ReadonlySet<ServerStatus> = new Set(['active', 'starting', 'stopping', 'rebooting']);

type UsageOf = { id: number; status: ServerStatus; usageRamps?: Partial<Record<UsageMetric, UsageRamp>> };

export function resourceUsage(server: UsageOf, plan: CatalogPlan, now: number): ResourceUsage {
  const waves = waveUsage(server, plan, now);
  const running = RUNNING.has(server.status);
  const ramped = (metric: UsageMetric, natural: number, total: number): number => {
    const ramp = server.usageRamps?.[metric];
    if (!ramp || now < ramp.startAt || (!running && (metric === 'cpu' || metric === 'memory'))) return natural;
    return Math.round((total * rampPercent(ramp, now)) / 10) / 10;
  };
  return {
    cpu_percent: ramped('cpu', waves.cpu_percent, 100),
    memory_used: ramped('memory', waves.memory_used, plan.memory),
    disk_used: ramped('disk', waves.disk_used, plan.storage),
    bandwidth_used: ramped('bandwidth', waves.bandwidth_used, plan.bandwidth),
  };
}

/** The percent a ramp stands at `now` (on or after its start). */
function rampPercent(ramp: UsageRamp, now: number): number {
  if (now >= ramp.endAt) return ramp.toPercent;
  return ramp.fromPercent + ((ramp.toPercent - ramp.fromPercent) * (now - ramp.startAt)) / (ramp.endAt - ramp.startAt);
}

function waveUsage(server: UsageOf, plan: CatalogPlan, now: number): ResourceUsage {
  const running = RUNNING.has(server.status);
  const id = server.id;
  const cpuBase = 5 + 35 * unit(id, 1);
  const cpuSwing = 5 + 40 * unit(id, 2);
  const cpu = cpuBase + cpuSwing * (0.7 * wave(id, 3, now) + 0.3 * wave(id, 4, now));
  const memoryShare = 0.2 + 0.25 * unit(id, 5) + 0.3 * wave(id, 6, now);
  const diskShare = 0.1 + 0.6 * unit(id, 7);
  const monthlyShare = 0.05 + 0.55 * unit(id, 8);
  return {
    cpu_percent: running ? Math.round(Math.min(cpu, 100) * 10) / 10 : 0,
    memory_used: running ? Math.round(plan.memory * memoryShare) : 0,
    disk_used: Math.round(plan.storage * diskShare),
    bandwidth_used: Math.floor(plan.bandwidth * monthlyShare * monthElapsed(now)),
  };
}

/** 0..1, smooth, with a period of 2 to 10 minutes that depends on the id. */
function wave(id: number, salt: number, now: number): number {
  const periodMs = 120_000 + 480_000 * unit(id, salt + 100);
  const phase = 2 * Math.PI * unit(id, salt + 200);
  return 0.5 + 0.5 * Math.sin((2 * Math.PI * now) / periodMs + phase);
}

/** A fixed number in [0, 1) for this id and salt. */
function unit(id: number, salt: number): number {
  let h = Math.imul(id ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

/** How much of the current UTC month has gone by, 0..1. */
function monthElapsed(now: number): number {
  const date = new Date(now);
  const start = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  const end = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  return (now - start) / (end - start);
}
