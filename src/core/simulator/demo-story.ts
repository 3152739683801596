// What the demo shows in its first minute besides the account itself: one alert of each kind.
// web-01's disk fills up, cache-01 is stopped from somewhere else, acme-labs.dev moves its
// nameservers away, and the demo token reaches 14 days before its expiry. The app's first
// refresh sees the account as it was (its baseline); the refreshes after it see the story.
import type { SimClock } from './clock';
import type { Scenario } from './scenario';
import type { SimState } from './state';

const DAY_MS = 86_400_000;

export function playDemoStory(sim: { scenario: Scenario; state: SimState; clock: SimClock; tokens: { full: string } }): void {
  const start = sim.clock.now();
  const server = (name: string): number => {
    const found = [...sim.state.servers.values()].find((s) => s.name === name);
    if (!found) throw new Error(`The demo account has no server ${name}.`);
    return found.id;
  };
  const domain = (name: string): number => {
    const found = [...sim.state.domains.values()].find((d) => d.domain_name === name);
    if (!found) throw new Error(`The demo account has no domain ${name}.`);
    return found.id;
  };
  sim.scenario.climbUsage(server('web-01'), 'disk', { toPercent: 94, at: start + 10_000, overMs: 15_000 });
  sim.scenario.setServerStatus(server('cache-01'), 'stopped', { at: start + 20_000 });
  sim.scenario.changeDomain(domain('acme-labs.dev'), { nameservers: ['ns1.cloudflare.com', 'ns2.cloudflare.com'] }, { at: start + 25_000 });
  sim.scenario.setTokenExpiry(sim.tokens.full, new Date(start + 14 * DAY_MS + 30_000).toISOString());
}
