// The scenario drives the simulated account over real HTTP, the way the app and `vps watch` see it.
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountMe, Domain, Server, ServerDetail } from '@shared/api-types';
import { createManualClock, startSimulator, type ManualClock, type Simulator } from './simulator';
import { playDemoStory } from './demo-story';

let sim: Simulator;
let clock: ManualClock;
afterEach(() => sim?.close());

async function get<T>(path: string): Promise<T> {
  const response = await fetch(`${sim.url}/api/v1${path}`, { headers: { authorization: `Bearer ${sim.tokens.full}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}
const list = async <T>(path: string) => (await get<{ results: T[] }>(path)).results;
const idOf = (name: string) => [...sim.state.servers.values()].find((s) => s.name === name)!.id;
const domainId = (name: string) => [...sim.state.domains.values()].find((d) => d.domain_name === name)!.id;

async function start() {
  clock = createManualClock();
  sim = await startSimulator({ clock });
}

describe('the simulator’s scenario', () => {
  it('climbs a metric from where it stands to a percent of the plan, in a straight line', async () => {
    await start();
    const id = idOf('web-01');
    const before = await get<ServerDetail>(`/servers/${id}/`);
    const from = (before.resource_usage!.disk_used / before.plan.storage) * 100;
    sim.scenario.climbUsage(id, 'disk', { toPercent: 95, overMs: 10_000 });
    clock.advance(5_000);
    const halfway = await get<ServerDetail>(`/servers/${id}/`);
    expect((halfway.resource_usage!.disk_used / halfway.plan.storage) * 100).toBeCloseTo((from + 95) / 2, 0);
    clock.advance(60_000);
    const after = await get<ServerDetail>(`/servers/${id}/`);
    expect((after.resource_usage!.disk_used / after.plan.storage) * 100).toBeCloseTo(95, 0);
    sim.scenario.climbUsage(id, 'cpu', { toPercent: 97 });
    expect((await get<ServerDetail>(`/servers/${id}/`)).resource_usage!.cpu_percent).toBe(97);
    sim.scenario.resetUsage(id);
    expect((await get<ServerDetail>(`/servers/${id}/`)).resource_usage!.disk_used).toBeCloseTo(before.resource_usage!.disk_used, -1);
  });

  it('stops a server and changes a domain elsewhere, now or later on the clock', async () => {
    await start();
    sim.scenario.setServerStatus(idOf('cache-01'), 'stopped');
    sim.scenario.changeDomain(domainId('acme-corp.net'), { nameservers: ['ns1.vps.org', 'ns2.vps.org'], locked: false }, { at: clock.now() + 1_000 });
    const servers = await list<Server>('/servers/');
    expect(servers.find((s) => s.name === 'cache-01')?.status).toBe('stopped');
    expect((await list<Domain>('/domains/')).find((d) => d.domain_name === 'acme-corp.net')).toMatchObject({ locked: true });
    clock.advance(1_000);
    expect((await list<Domain>('/domains/')).find((d) => d.domain_name === 'acme-corp.net')).toMatchObject({ locked: false, nameservers: ['ns1.vps.org', 'ns2.vps.org'] });
  });

  it('gives a token an expiry', async () => {
    await start();
    const expiresAt = new Date(clock.now() + 3 * 86_400_000).toISOString();
    sim.scenario.setTokenExpiry(sim.tokens.full, expiresAt);
    expect((await get<AccountMe>('/account/me/')).token.expires_at).toBe(expiresAt.replace(/\.\d{3}Z$/, 'Z'));
    expect(() => sim.scenario.setTokenExpiry('vps_nope', null)).toThrow('no such token');
  });

  it('plays the demo story within its first half minute', async () => {
    await start();
    playDemoStory(sim);
    const web = idOf('web-01');
    const diskShare = async () => {
      const d = await get<ServerDetail>(`/servers/${web}/`);
      return (d.resource_usage!.disk_used / d.plan.storage) * 100;
    };
    expect(await diskShare()).toBeLessThan(90);
    clock.advance(30_000);
    expect(await diskShare()).toBeGreaterThanOrEqual(90);
    expect((await list<Server>('/servers/')).find((s) => s.name === 'cache-01')?.status).toBe('stopped');
    expect((await list<Domain>('/domains/')).find((d) => d.domain_name === 'acme-labs.dev')?.nameservers).toEqual(['ns1.cloudflare.com', 'ns2.cloudflare.com']);
    expect((await get<AccountMe>('/account/me/')).token.expires_at).not.toBeNull();
  });
});
