// Timers for tests, driven by the simulator's ManualClock: nothing happens until the test
// advances time, and then every timer that falls due runs in order, its async work awaited
// before the next one, so a test can step an hour of app life in milliseconds.
import type { Timers } from '../timers';

export interface ManualTimers extends Timers {
  /** Moves the clock forward, running every timer due on the way. */
  advance(ms: number): Promise<void>;
  /** How many timers are waiting. */
  pending(): number;
}

interface Entry {
  id: number;
  due: number;
  fn: () => unknown;
}

export function createManualTimers(clock: { now(): number; set(ms: number): void }): ManualTimers {
  const entries = new Map<number, Entry>();
  let nextId = 1;

  return {
    now: () => new Date(clock.now()),
    setTimeout(fn, ms) {
      const id = nextId++;
      entries.set(id, { id, due: clock.now() + Math.max(0, ms), fn });
      return id;
    },
    clearTimeout(handle) {
      entries.delete(handle as number);
    },
    async advance(ms) {
      const until = clock.now() + ms;
      for (;;) {
        const next = [...entries.values()].filter((e) => e.due <= until).sort((a, b) => a.due - b.due || a.id - b.id)[0];
        if (!next) break;
        entries.delete(next.id);
        if (next.due > clock.now()) clock.set(next.due);
        // Timer callbacks in the services return the promise of their work: wait for it.
        await next.fn();
      }
      clock.set(until);
    },
    pending: () => entries.size,
  };
}
