// An hour of the app in the tray: window hidden, default settings, nothing changing on the
// account(s). With several accounts, each is its own simulator, all live in the one app at once,
// each with its own background work (list refreshes, and its alerts' usage rounds).
import { createManualClock, startSimulator, type Simulator } from '../src/core/simulator/simulator';
import { idleHour, type IdleHour } from './idle-hour';

/** On the demo account (a handful of servers and domains, each list one page of `pageSize`), `accounts` times over. */
export async function measureIdle(opts: { pageSize: number; accounts?: number }): Promise<IdleHour> {
  const clock = createManualClock(Date.now());
  const sims: Simulator[] = [];
  try {
    for (let i = 0; i < (opts.accounts ?? 1); i++) sims.push(await startSimulator({ clock, pageSize: opts.pageSize }));
    return await idleHour(sims, clock);
  } finally {
    for (const sim of sims) await sim.close();
  }
}
