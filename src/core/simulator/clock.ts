// Time for the simulator. Everything that moves (power transitions, pending domains, usage
// waves, expiry) is computed from `now()` on each request, so a ManualClock controls it fully.

export interface SimClock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export interface ManualClock extends SimClock {
  advance(ms: number): void;
  set(ms: number): void;
}

/** A fixed default start keeps generated data and usage waves identical from run to run. */
export const DEFAULT_MANUAL_START_MS = Date.UTC(2026, 0, 16, 12, 0, 0);

export function createManualClock(startMs: number = DEFAULT_MANUAL_START_MS): ManualClock {
  let current = startMs;
  return {
    now: () => current,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError('A manual clock only moves forward; use set() to jump anywhere.');
      current += ms;
    },
    set(ms) {
      current = ms;
    },
  };
}

export const systemClock: SimClock = { now: () => Date.now() };
