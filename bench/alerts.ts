// What the alerts beyond expiry cost and how quickly they notice, in simulated time (the manual
// clock shared by the app's timers and the simulator):
// - an idle hidden hour of an account with 1,000 servers and 1,000 domains, default settings
//   (disk and transfer alerts on), the lists whole as the API sends them: the list refreshes and
//   the usage rounds' detail requests; and the same with three such accounts at once;
// - a watched server's usage crossing its threshold at phases spread over a hidden refresh
//   interval: the longest wait until the alert fires.
import { createManualClock, startSimulator, type ManualClock, type Simulator } from '../src/core/simulator/simulator';
import { startSignedInApp, type BenchApp } from './bench-app';
import { idleHour, type IdleHour } from './idle-hour';

export interface AlertFigures {
  idleRequestsPerHour: number;
  /** What those requests were, e.g. { "GET /api/v1/servers/{id}/": 40 }. */
  byRoute: Record<string, number>;
  /** The same hour with three such accounts live at once, each with its own alerts. */
  threeAccounts: IdleHour;
  /** The longest time from a watched server's crossing to its alert, hidden (minutes). */
  detectMinutes: number;
  /** Each crossing's wait (minutes), in the order of their phases. */
  detectRuns: number[];
}

const MINUTE = 60_000;
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

/** `accounts` accounts of 1,000 servers and 1,000 domains each, live at once. */
async function idleHourOf(accounts: number): Promise<IdleHour> {
  const clock = createManualClock(Date.now());
  const sims: Simulator[] = [];
  try {
    for (let i = 0; i < accounts; i++) {
      const sim = await startSimulator({ clock, seedData: false });
      sim.generate({ servers: COUNT, domains: COUNT });
      sims.push(sim);
    }
    return await idleHour(sims, clock);
  } finally {
    for (const sim of sims) await sim.close();
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
  const idle = await idleHourOf(1);
  const three = await idleHourOf(3);
  const detectRuns = await detection();
  return {
    idleRequestsPerHour: idle.requests,
    byRoute: idle.byRoute,
    threeAccounts: three,
    detectMinutes: Math.max(...detectRuns),
    detectRuns,
  };
}
