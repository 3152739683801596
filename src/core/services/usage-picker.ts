// Which servers one usage round asks about. Usage needs one detail request per server, so each
// round has a budget: the watched servers every round, then the least recently sampled of the
// others, at most USAGE_BUDGET requests in all. The others are paced so that each is sampled
// about every RESAMPLE_MS (disk and monthly transfer move slowly) rather than all of them every
// round: a small account in the tray stays at a few requests an hour, a large one at the budget.
import type { Server } from '@shared/api-types';

export const USAGE_BUDGET = 10;
export const RESAMPLE_MS = 2 * 3_600_000;

export interface PickInput {
  servers: readonly Server[];
  /** Names from the settings, any case. */
  watched: readonly string[];
  /** When the server was last sampled (ms), null when never. */
  sampledAt: (serverId: number) => number | null;
  /** The time between rounds. */
  roundMs: number;
}

export function pickServers({ servers, watched, sampledAt, roundMs }: PickInput): number[] {
  const watchedNames = new Set(watched.map((name) => name.toLowerCase()));
  const isWatched = (s: Server): boolean => watchedNames.has(s.name.toLowerCase());
  const first = servers.filter(isWatched).slice(0, USAGE_BUDGET);
  const others = servers.filter((s) => !isWatched(s));
  const paced = Math.ceil((others.length * roundMs) / RESAMPLE_MS);
  const room = Math.min(USAGE_BUDGET - first.length, paced);
  const leastRecent = others
    .map((s) => ({ id: s.id, at: sampledAt(s.id) ?? Number.NEGATIVE_INFINITY }))
    .sort((a, b) => a.at - b.at || a.id - b.id)
    .slice(0, Math.max(0, room));
  return [...first.map((s) => s.id), ...leastRecent.map((s) => s.id)];
}
