// What the alerts beyond expiry cost and how quickly they notice, in simulated time (the manual
// clock shared by the app's timers and the simulator):
// - an idle hidden hour of an account with 1,000 servers and 1,000 domains, default settings
//   (disk and transfer alerts on), the lists whole as the API sends them: the list refreshes and
//   the usage rounds' detail requests;
// - a watched server's usage crossing its threshold at phases spread over a hidden refresh
//   interval: the longest wait until the alert fires.
import { createManualClock, startSimulator, type ManualClock, type Simulator } from '../src/core/simulator/simulator';
import { startSignedInApp, type BenchApp } from './bench-app';

export interface AlertFigures {
  idleRequestsPerHour: number;
  /** What those requests were, e.g. { "GET /api/v1/servers/{id}/": 40 }. */
  byRoute: Record<string, number>;
  /** The longest time from a watched server's crossing to its alert, hidden (minutes). */
  detectMinutes: number;
  /** Each crossing's wait (minutes), in the order of their phases. */
  detectRuns: number[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const COUNT = 1000;
/** Crossings at these offsets after a usage round: just after one (the worst case), then every 1.5 min. */
const PHASES_MS = [1_000, ...Array.from({ length: 9 }, (_, i) => (i + 1) * 90_000)];

async function account(): Promise<{ clock: ManualClock; sim: Simulator; bench: BenchApp }> {
  const clock = createManualClock(Date.now());
  const sim = await startSimulator({ clock, seedData: false });
  sim.generate({ servers: COUNT, domains: COUNT });
  const bench = await startSignedInApp({ apiUrl: sim.url, token: sim.tokens.full, clock });
  if (bench.app.state().windowVisible) throw new Error('The window should start hidden.');
  return { clock, sim, bench };
}

async function idleHour(): Promise<{ requests: number; byRoute: Record<string, number> }> {
  const { sim, bench } = await account();
  try {
    const from = sim.requests.length;
    await bench.timers.advance(HOUR);
    const hour = sim.requests.slice(from);
    const byRoute: Record<string, number> = {};
    for (const r of hour) {
      const route = `${r.method} ${r.path.replace(/\/\d+\//g, '/{id}/')}`;
      byRoute[route] = (byRoute[route] ?? 0) + 1;
    }
    return { requests: hour.length, byRoute };
  } finally {
    await bench.close();
    await sim.close();
  }
}

async function detection(): Promise<number[]> {
  const { clock, sim, bench } = await account();
  const { app, timers } = bench;
  try {
    const watched = app.state().servers[COUNT / 2];
    if (!watched) throw new Error('The account has no server to watch.');
    await app.handlers.updateSettings({ alerts: { watchedServers: [watched.name] } });
    const cycleMs = app.state().settings.refresh.hiddenSeconds * 1000;
    const usageAlerts = () => app.state().alerts.filter((a) => a.kind === 'usage' && a.serverId === watched.id);
    // Two rounds: the baseline sample, and a steady state to measure phases from.
    await timers.advance(2 * cycleMs);
    const runs: number[] = [];
    for (const phase of PHASES_MS) {
      const lastRound = Date.parse(app.state().sync.lastSuccessAt ?? '');
      const crossing = lastRound + phase;
      sim.scenario.climbUsage(watched.id, 'disk', { toPercent: 97, at: crossing });
      const before = usageAlerts().length;
      while (usageAlerts().length === before) {
        if (clock.now() - crossing > 4 * cycleMs) throw new Error(`No alert ${4 * cycleMs / MINUTE} min after the crossing.`);
        await timers.advance(15_000);
      }
      runs.push((Date.parse(usageAlerts()[0]?.at ?? '') - crossing) / MINUTE);
      // Back down under the hysteresis and one round to see it: armed again.
      sim.scenario.climbUsage(watched.id, 'disk', { toPercent: 20 });
      await timers.advance(cycleMs);
    }
    return runs;
  } finally {
    await bench.close();
    await sim.close();
  }
}

export async function measureAlerts(): Promise<AlertFigures> {
  const idle = await idleHour();
  const detectRuns = await detection();
  return { idleRequestsPerHour: idle.requests, byRoute: idle.byRoute, detectMinutes: Math.max(...detectRuns), detectRuns };
}
