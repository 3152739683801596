// An hour of the app in the tray: window hidden, default settings, nothing changing on the
// account(s). Time is simulated: the manual clock (shared by the app's timers and the
// simulators) is advanced by an hour and every timer that falls due runs, its requests awaited.
// With several accounts, each is its own simulator, all live in the one app at once.
import { createManualClock, startSimulator, type Simulator } from '../src/core/simulator/simulator';
import { startSignedInApp } from './bench-app';

export interface IdleFigures {
  requestsPerHour: number;
  /** What those requests were, e.g. { "GET /api/v1/servers/": 4 }, summed over the accounts. */
  byRoute: Record<string, number>;
}

const HOUR_MS = 3_600_000;

/** On the demo account (a handful of servers and domains, each list one page of `pageSize`), `accounts` times over. */
export async function measureIdle(opts: { pageSize: number; accounts?: number }): Promise<IdleFigures> {
  const clock = createManualClock(Date.now());
  const sims: Simulator[] = [];
  for (let i = 0; i < (opts.accounts ?? 1); i++) sims.push(await startSimulator({ clock, pageSize: opts.pageSize }));
  const [first, ...others] = sims;
  if (!first) throw new Error('measureIdle needs at least one account.');
  const bench = await startSignedInApp({ apiUrl: first.url, token: first.tokens.full, clock });
  try {
    for (const [i, sim] of others.entries()) {
      await bench.app.handlers.addToken({ token: sim.tokens.full, apiUrl: sim.url, profileName: `Bench ${i + 2}` });
    }
    // Every account has had its first refresh before the hour starts.
    await bench.app.handlers.refresh(undefined);
    if (bench.app.state().windowVisible) throw new Error('The window should start hidden.');
    const logStarts = sims.map((sim) => sim.requests.length);
    await bench.timers.advance(HOUR_MS);
    const hour = sims.flatMap((sim, i) => sim.requests.slice(logStarts[i]));
    const byRoute: Record<string, number> = {};
    for (const r of hour) {
      const route = `${r.method} ${r.path.replace(/\/\d+\//g, '/{id}/')}`;
      byRoute[route] = (byRoute[route] ?? 0) + 1;
    }
    return { requestsPerHour: hour.length, byRoute };
  } finally {
    await bench.close();
    for (const sim of sims) await sim.close();
  }
}
