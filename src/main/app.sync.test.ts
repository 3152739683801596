import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@shared/settings';
import { SAMPLES_KEPT } from '../core/services/servers';
import { createHarness, signIn, type Harness } from './testing/app-harness';
import { buildTrayMenu, trayIcon } from './tray/menu-model';

let h: Harness;
afterEach(async () => {
  await h.close();
});

const HOUR = 3_600_000;
const detailCall = /^\/api\/v1\/servers\/\d+\/$/;

async function signedIn(): Promise<void> {
  h = await createHarness();
  await h.app.start();
  await signIn(h);
}

describe('background sync', () => {
  it('while hidden fetches only the list pages, even with 1,000 servers and watched ones', async () => {
    await signedIn();
    h.sim.generate({ servers: 1000, domains: 1000 });
    h.sim.setPageSize(100);
    await h.app.setWindowVisible(true);
    const ids = h.app.state().servers.slice(0, 5).map((s) => s.id);
    await h.app.handlers.watchServers({ serverIds: ids });
    await h.app.setWindowVisible(false);

    const from = h.sim.requests.length;
    await h.app.handlers.refresh(undefined);
    const paths = h.sim.requests.slice(from).map((r) => r.path);
    expect(h.app.state().servers).toHaveLength(1008);
    expect(h.app.state().domains).toHaveLength(1006);
    expect(paths.filter((p) => p === '/api/v1/servers/')).toHaveLength(11);
    expect(paths.filter((p) => p === '/api/v1/domains/')).toHaveLength(11);
    expect(paths).toHaveLength(22);
    expect(paths.some((p) => detailCall.test(p) || p.startsWith('/api/v1/dns-'))).toBe(false);
  });

  it('makes at most 15 requests in an idle hidden hour with the default settings', async () => {
    await signedIn();
    expect(h.app.state().settings.refresh).toEqual(DEFAULT_SETTINGS.refresh);
    expect(h.app.state().settings.alerts).toEqual(DEFAULT_SETTINGS.alerts);
    const from = h.sim.requests.length;
    await h.timers.advance(HOUR);
    const made = h.sim.requests.slice(from);
    expect(made.length).toBeLessThanOrEqual(15);
    // Four refreshes of the two lists, and the usage round's share: the demo account's eight
    // servers paced to one detail request a round.
    expect(made.filter((r) => r.path === '/api/v1/servers/' || r.path === '/api/v1/domains/')).toHaveLength(8);
    expect(made.filter((r) => detailCall.test(r.path))).toHaveLength(4);
    expect(made).toHaveLength(12);
  });

  it('while shown refreshes zones and samples the watched servers only, keeping the last 30 samples', async () => {
    await signedIn();
    // Usage alerts off: no usage round, so only the rows the window shows are asked about.
    const off = { enabled: false, percent: 90 };
    await h.app.handlers.updateSettings({ alerts: { usage: { disk: off, bandwidth: off, memory: off, cpu: { ...off, samples: 3 } } } });
    await h.app.setWindowVisible(true);
    const [first, second] = h.app.state().servers;
    await h.app.handlers.watchServers({ serverIds: [first!.id] });
    const from = h.sim.requests.length;
    await h.timers.advance(HOUR);
    const made = h.sim.requests.slice(from).map((r) => r.path);
    expect(made.filter((p) => p === '/api/v1/servers/')).toHaveLength(60);
    expect(made.filter((p) => p === '/api/v1/dns-zones/')).toHaveLength(60);
    expect(made.filter((p) => p === `/api/v1/servers/${first!.id}/`)).toHaveLength(60);
    expect(made.some((p) => p === `/api/v1/servers/${second!.id}/`)).toBe(false);
    const samples = h.app.state().watched[first!.id]!.samples;
    expect(samples).toHaveLength(SAMPLES_KEPT);
    expect(new Set(samples.map((s) => s.at)).size).toBe(SAMPLES_KEPT);

    // Unwatched: gone from the state, no longer sampled.
    await h.app.handlers.watchServers({ serverIds: [] });
    expect(h.app.state().watched).toEqual({});
    const later = h.sim.requests.length;
    await h.timers.advance(5 * 60_000);
    expect(h.sim.requests.slice(later).some((r) => detailCall.test(r.path))).toBe(false);
  });

  it('refreshes at once when the window opens and on resume from sleep', async () => {
    await signedIn();
    let from = h.sim.requests.length;
    await h.app.setWindowVisible(true);
    expect(h.sim.requests.slice(from).map((r) => r.path)).toEqual(expect.arrayContaining(['/api/v1/servers/', '/api/v1/domains/', '/api/v1/dns-zones/']));
    await h.app.setWindowVisible(false);
    from = h.sim.requests.length;
    await h.app.resume();
    expect(h.sim.requests.slice(from).map((r) => r.path).sort()).toEqual(['/api/v1/domains/', '/api/v1/servers/']);
  });

  it('a 401 mid-session pauses everything until a new token is saved', async () => {
    await signedIn();
    h.sim.revokeToken(h.sim.tokens.full);
    await h.timers.advance(DEFAULT_SETTINGS.refresh.hiddenSeconds * 1000);
    const unauthorized = h.sim.requests.filter((r) => r.status === 401);
    expect(unauthorized.length).toBeGreaterThan(0);
    expect(h.app.state().session.status).toBe('invalid');
    expect(h.app.state().sync.state).toBe('paused');
    expect(trayIcon(h.app.state())).toBe('attention');
    expect(buildTrayMenu(h.app.state(), h.timers.now())[0]?.label).toBe('Token no longer valid — paste a new one…');

    const after = h.sim.requests.length;
    await h.app.setWindowVisible(true);
    await h.app.resume();
    await h.timers.advance(6 * HOUR);
    expect(h.sim.requests.length).toBe(after);

    h.sim.addToken('vps_replacement_token_1234', { name: 'new laptop', permissions: ['*:*'] });
    const profileId = h.app.state().session.profileId!;
    await h.app.handlers.addToken({ token: 'vps_replacement_token_1234', profileId });
    expect(h.app.state().session).toMatchObject({ status: 'valid', tokenName: 'new laptop' });
    expect(h.app.state().sync.state).toBe('idle');
    const resumed = h.sim.requests.length;
    await h.timers.advance(2 * 60_000);
    expect(h.sim.requests.length).toBeGreaterThan(resumed);
  });

  it('a token that expires mid-session pauses sync without another request', async () => {
    h = await createHarness();
    await h.app.start();
    const expiresAt = new Date(h.timers.now().getTime() + HOUR).toISOString();
    h.sim.addToken('vps_short_lived_token_42', { name: 'short', permissions: ['*:*'], expiresAt });
    await h.app.handlers.addToken({ token: 'vps_short_lived_token_42', apiUrl: h.sim.url });
    expect(h.app.state().session.status).toBe('valid');
    expect(Date.parse(h.app.state().session.expiresAt!)).toBe(Date.parse(expiresAt));
    await h.timers.advance(HOUR - 1);
    const before = h.sim.requests.length;
    await h.timers.advance(5 * HOUR);
    expect(h.sim.requests.length).toBe(before);
    expect(h.app.state().session.status).toBe('expired');
    expect(h.app.state().sync.state).toBe('paused');
    expect(buildTrayMenu(h.app.state(), h.timers.now())[0]?.label).toBe('Token expired — paste a new one…');
  });

  it('offline: keeps the data, marks it stale with its age, and backs off', async () => {
    await signedIn();
    const servers = h.app.state().servers;
    await h.timers.advance(5 * 60_000);
    h.sim.faults.inject({ path: '/api/v1/', kind: 'cut', times: Infinity });
    const failure = h.app.handlers.refresh(undefined);
    await expect(failure).rejects.toMatchObject({ kind: 'network' });
    const state = h.app.state();
    expect(state.servers).toEqual(servers);
    expect(state.sync).toMatchObject({ state: 'offline', stale: true, lastError: { kind: 'network' } });
    expect(buildTrayMenu(state, h.timers.now())[0]).toEqual({ label: 'Offline — showing data from 5 min ago', enabled: false });
    expect(trayIcon(state)).toBe('offline');
    expect(Date.parse(state.sync.nextAt!) - h.timers.now().getTime()).toBe(DEFAULT_SETTINGS.refresh.hiddenSeconds * 1000);

    h.sim.faults.clear();
    await h.timers.advance(DEFAULT_SETTINGS.refresh.hiddenSeconds * 1000);
    expect(h.app.state().sync).toMatchObject({ state: 'idle', stale: false, lastError: null });
  });

  it('at the next start shows the cached data as stale until a refresh succeeds', async () => {
    await signedIn();
    const names = h.app.state().servers.map((s) => s.name);
    const lastSuccessAt = h.app.state().sync.lastSuccessAt;
    await h.app.stop();
    await h.timers.advance(2 * HOUR);

    h.sim.faults.inject({ path: '/api/v1/', kind: 'cut', times: Infinity });
    const app = h.restart();
    // Before start(): the tray's first menu is drawn from this.
    expect(app.state().servers.map((s) => s.name)).toEqual(names);
    expect(app.state().sync).toMatchObject({ stale: true, lastSuccessAt });
    await app.start();
    expect(app.state().servers.map((s) => s.name)).toEqual(names);
    expect(app.state().domains.length).toBeGreaterThan(0);
    expect(app.state().reminders.length).toBeGreaterThan(0);
    expect(app.state().sync).toMatchObject({ state: 'offline', stale: true, lastSuccessAt });
    expect(buildTrayMenu(app.state(), h.timers.now())[0]?.label).toBe('Offline — showing data from 2 h ago');

    h.sim.faults.clear();
    await app.handlers.refresh(undefined);
    expect(app.state().sync).toMatchObject({ state: 'idle', stale: false });
  });
});
