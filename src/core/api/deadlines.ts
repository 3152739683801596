// The overall deadline of each request. The Agent's timeouts bound the connection and the
// headers, but its body timeout restarts with every chunk, so a server trickling a body could
// hold a request open for ever: a body still being read at its deadline is cut off. One sweep
// on an interval watches every body in flight, rather than a timer (or an AbortSignal, whose
// handling in undici costs more than the rest of the client) per request.
import type { Readable } from 'node:stream';

export interface Deadlines {
  /** Cut `body` off if it is still being read at `at` (a performance.now() time). */
  watch(body: Readable, at: number): void;
  /** The body is done with, read or not. */
  forget(body: Readable): void;
  /** Whether the body was cut off for its deadline. */
  cut(body: Readable): boolean;
  stop(): void;
}

export function createDeadlines(deadlineMs: number): Deadlines {
  // Often enough that a deadline is kept to within a quarter of itself, at most a second late.
  const sweepMs = Math.min(1_000, Math.max(10, deadlineMs / 4));
  const watched = new Map<Readable, number>();
  const cutOff = new WeakSet<Readable>();
  let sweeper: ReturnType<typeof setInterval> | null = null;

  function stop(): void {
    if (sweeper !== null) clearInterval(sweeper);
    sweeper = null;
  }

  function sweep(): void {
    const now = performance.now();
    for (const [body, at] of watched) {
      if (at > now) continue;
      watched.delete(body);
      cutOff.add(body);
      body.destroy();
    }
    // Idle, the sweep stops; the next request starts it again.
    if (watched.size === 0) stop();
  }

  return {
    watch(body, at) {
      watched.set(body, at);
      if (sweeper === null) {
        sweeper = setInterval(sweep, sweepMs);
        // It must not keep a finished `vps` command alive.
        sweeper.unref();
      }
    },
    forget: (body) => void watched.delete(body),
    cut: (body) => cutOff.has(body),
    stop,
  };
}
