// One simulated hour of the app in the tray, hidden and idle, with one account per simulator, all
// live in the one app at once (the first signed in first, so the last one added is the active
// one). The manual clock, shared by the app's timers and the simulators, is advanced by an hour
// and every timer that falls due runs, its requests awaited. Each account's requests are counted
// apart, so a figure for several accounts shows that each does its own background work.
import type { ManualClock, Simulator } from '../src/core/simulator/simulator';
import { startSignedInApp } from './bench-app';

export interface HourOfRequests {
  requests: number;
  /** What those requests were, e.g. { "GET /api/v1/servers/{id}/": 40 }. */
  byRoute: Record<string, number>;
}

export interface IdleHour extends HourOfRequests {
  /** Each account's share, in the order of the simulators. */
  perAccount: HourOfRequests[];
}

const HOUR_MS = 3_600_000;

function countRoutes(requests: { method: string; path: string }[]): HourOfRequests {
  const byRoute: Record<string, number> = {};
  for (const r of requests) {
    const route = `${r.method} ${r.path.replace(/\/\d+\//g, '/{id}/')}`;
    byRoute[route] = (byRoute[route] ?? 0) + 1;
  }
  return { requests: requests.length, byRoute };
}

/** The hour's requests; the simulators are the caller's to close. */
export async function idleHour(sims: Simulator[], clock: ManualClock): Promise<IdleHour> {
  const [first, ...others] = sims;
  if (!first) throw new Error('An idle hour needs at least one account.');
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
    const perAccount = sims.map((sim, i) => countRoutes(sim.requests.slice(logStarts[i])));
    return { ...countRoutes(sims.flatMap((sim, i) => sim.requests.slice(logStarts[i]))), perAccount };
  } finally {
    await bench.close();
  }
}

/** "4 × GET /api/v1/servers/, …" for the report. */
export const describeRoutes = (byRoute: Record<string, number>): string =>
  Object.entries(byRoute)
    .map(([route, n]) => `${n} × ${route}`)
    .join(', ') || 'no requests';
