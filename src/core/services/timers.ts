// Time as the services see it. Injected so tests drive every timer and every "now" from one
// controlled clock instead of waiting in real time.

export interface Timers {
  now(): Date;
  /**
   * A callback may return the promise of the work it starts, so the test clock can await it
   * (testing/manual-timers.ts); that work settles its own failures and never rejects.
   */
  setTimeout(fn: () => void | Promise<unknown>, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemTimers: Timers = {
  now: () => new Date(),
  setTimeout: (fn, ms) => setTimeout(() => void fn(), ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
