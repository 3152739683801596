// An hour of the app in the tray: window hidden, default settings, nothing changing on the
// account. Time is simulated: the manual clock (shared by the app's timers and the simulator)
// is advanced by an hour and every timer that falls due runs, its requests awaited.
import { createManualClock, startSimulator } from '../src/core/simulator/simulator';
import { startSignedInApp } from './bench-app';

export interface IdleFigures {
  requestsPerHour: number;
  /** What those requests were, e.g. { "GET /api/v1/servers/": 4 }. */
  byRoute: Record<string, number>;
}

const HOUR_MS = 3_600_000;

/** On the demo account (a handful of servers and domains, each list one page of `pageSize`). */
export async function measureIdle(opts: { pageSize: number }): Promise<IdleFigures> {
  const clock = createManualClock(Date.now());
  const sim = await startSimulator({ clock, pageSize: opts.pageSize });
  const bench = await startSignedInApp({ apiUrl: sim.url, token: sim.tokens.full, clock });
  try {
    if (bench.app.state().windowVisible) throw new Error('The window should start hidden.');
    const logStart = sim.requests.length;
    await bench.timers.advance(HOUR_MS);
    const hour = sim.requests.slice(logStart);
    const byRoute: Record<string, number> = {};
    for (const r of hour) {
      const route = `${r.method} ${r.path.replace(/\/\d+\//g, '/{id}/')}`;
      byRoute[route] = (byRoute[route] ?? 0) + 1;
    }
    return { requestsPerHour: hour.length, byRoute };
  } finally {
    await bench.close();
    await sim.close();
  }
}
