// The simulator's test API for the situations the app's alerts are about: usage that climbs, a
// server stopped behind the app's back, domain settings changed elsewhere, a token close to its
// expiry. Each change can wait for a later time on the simulator's clock (`at`), so a scripted
// story (demo-story.ts) plays out as the clock moves, without timers.
import type { DomainStatus } from '@shared/api-types';
import type { SettledStatus, UsageMetric } from '@shared/alerts';
import type { TokenRegistry } from './auth';
import { findPlan } from './catalog';
import type { SimClock } from './clock';
import type { SimState } from './state';
import { resourceUsage } from './usage';

export interface DomainPatch {
  nameservers?: string[];
  locked?: boolean;
  auto_renew?: boolean;
  privacy_protection?: boolean;
  status?: DomainStatus;
}

export interface Scenario {
  /** From what the metric stands at `at` (default now), straight up (or down) to `toPercent` of the plan over `overMs`. */
  climbUsage(serverId: number, metric: UsageMetric, opts: { toPercent: number; overMs?: number; at?: number }): void;
  /** The metric follows its usual wave again. */
  resetUsage(serverId: number): void;
  /** Stopped, started or suspended outside the app, at `at` (default now). */
  setServerStatus(serverId: number, status: SettledStatus, opts?: { at?: number }): void;
  changeDomain(domainId: number, patch: DomainPatch, opts?: { at?: number }): void;
  /** ISO 8601, or null for a token that never expires. */
  setTokenExpiry(token: string, expiresAt: string | null): void;
}

export function createScenario(state: SimState, tokens: TokenRegistry, clock: SimClock): Scenario {
  function serverOf(serverId: number) {
    const server = state.servers.get(serverId);
    if (!server) throw new Error(`The simulator has no server ${serverId}.`);
    return server;
  }

  function later(at: number | undefined, apply: () => void): void {
    if (at === undefined) apply();
    else state.schedule(at, apply);
  }

  return {
    climbUsage(serverId, metric, { toPercent, overMs = 0, at }) {
      const server = serverOf(serverId);
      const plan = findPlan(server.planId);
      if (!plan) throw new Error(`Server ${serverId} has a plan the catalogue does not have.`);
      const startAt = at ?? clock.now();
      const usage = resourceUsage(server, plan, startAt);
      const fromPercent = {
        cpu: usage.cpu_percent,
        memory: (usage.memory_used / plan.memory) * 100,
        disk: (usage.disk_used / plan.storage) * 100,
        bandwidth: (usage.bandwidth_used / plan.bandwidth) * 100,
      }[metric];
      server.usageRamps = { ...server.usageRamps, [metric]: { fromPercent, toPercent, startAt, endAt: startAt + overMs } };
    },

    resetUsage(serverId) {
      delete serverOf(serverId).usageRamps;
    },

    setServerStatus(serverId, status, opts = {}) {
      const server = serverOf(serverId);
      later(opts.at, () => {
        server.status = status;
        server.transition = null;
        server.updatedAt = opts.at ?? clock.now();
      });
    },

    changeDomain(domainId, patch, opts = {}) {
      const domain = state.domains.get(domainId);
      if (!domain) throw new Error(`The simulator has no domain ${domainId}.`);
      later(opts.at, () => {
        Object.assign(domain, patch);
        domain.updatedAt = opts.at ?? clock.now();
      });
    },

    setTokenExpiry(token, expiresAt) {
      tokens.setExpiry(token, expiresAt);
    },
  };
}
