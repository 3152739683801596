import { afterEach, describe, expect, it } from 'vitest';
import { everyAccount, everyServer } from '@shared/accounts';
import { REALISTIC_TIMINGS, startSimulator, type Simulator } from '../core/simulator/simulator';
import { storeKeys } from '../core/store/store';
import { createHarness, type Harness } from './testing/app-harness';
import { buildTrayMenu, type TrayMenuItem } from './tray/menu-model';

// Two accounts at once: Alpha on one simulator with a full-access token, Beta on another with a
// token that may only list and power servers. Beta is added last, so it is the active one and
// Alpha lives beside it.
let h: Harness;
let beta: Simulator;
afterEach(async () => {
  await h.close();
  await beta.close();
});

const HOUR = 3_600_000;

async function twoAccounts(): Promise<{ alphaId: string; betaId: string }> {
  h = await createHarness();
  beta = await startSimulator({ clock: h.clock, timings: REALISTIC_TIMINGS });
  beta.generate({ servers: 2 });
  await h.app.start();
  const alpha = await h.app.handlers.addToken({ token: h.sim.tokens.full, apiUrl: h.sim.url, profileName: 'Alpha' });
  const betaView = await h.app.handlers.addToken({ token: beta.tokens.power, apiUrl: beta.url, profileName: 'Beta' });
  await h.app.handlers.refresh(undefined);
  return { alphaId: alpha.profileId!, betaId: betaView.profileId! };
}

function trayItem(items: TrayMenuItem[], label: string): TrayMenuItem {
  const item = items.find((i) => i.label === label);
  if (!item) throw new Error(`no tray item "${label}" in ${JSON.stringify(items.map((i) => i.label))}`);
  return item;
}

const sent = (sim: Simulator, method: string): string[] => sim.requests.filter((r) => r.method === method).map((r) => r.path);

describe('every account live at once', () => {
  it('lists the servers and domains of both accounts, each tagged with its own profile', async () => {
    const { alphaId, betaId } = await twoAccounts();
    const accounts = everyAccount(h.app.state());
    expect(accounts.map((a) => [a.profile.name, a.active, a.session.status, a.sync.stale])).toEqual([
      ['Alpha', false, 'valid', false],
      ['Beta', true, 'valid', false],
    ]);
    const servers = everyServer(h.app.state());
    expect(servers.filter((s) => s.profileId === alphaId)).toHaveLength(8);
    expect(servers.filter((s) => s.profileId === betaId)).toHaveLength(10);
    // Beta's token may not list domains; Alpha's may.
    expect(accounts[0]!.domains.length).toBeGreaterThan(0);
    expect(accounts[1]!.domains).toEqual([]);
    expect(sent(beta, 'GET')).not.toContain('/api/v1/domains/');
  });

  it('sends each action to the account that owns the server, with its token', async () => {
    const { alphaId, betaId } = await twoAccounts();
    const alphaWeb = everyServer(h.app.state()).find((s) => s.profileId === alphaId && s.item.name === 'web-01')!.item;
    const betaDb = everyServer(h.app.state()).find((s) => s.profileId === betaId && s.item.name === 'db-01')!.item;

    await h.app.handlers.powerServer({ serverId: alphaWeb.id, action: 'reboot', profileId: alphaId });
    expect(sent(h.sim, 'POST')).toEqual([`/api/v1/servers/${alphaWeb.id}/reboot/`]);
    expect(sent(beta, 'POST')).toEqual([]);
    // Alpha's list was fetched again and shows the reboot.
    expect(everyServer(h.app.state()).find((s) => s.profileId === alphaId && s.item.id === alphaWeb.id)!.item.status).toBe('rebooting');

    await h.app.handlers.powerServer({ serverId: betaDb.id, action: 'reboot', profileId: betaId });
    expect(sent(beta, 'POST')).toEqual([`/api/v1/servers/${betaDb.id}/reboot/`]);
    expect(sent(h.sim, 'POST')).toHaveLength(1);

    await h.app.runTrayCommand({ kind: 'copyIp', serverId: alphaWeb.id, profileId: alphaId });
    expect(h.desktop.clipboard).toEqual([alphaWeb.ip_address]);
  });

  it("keeps one account working when the other's token is revoked, showing the 401 on that account only", async () => {
    const { alphaId } = await twoAccounts();
    h.sim.revokeToken(h.sim.tokens.full);
    await h.app.handlers.refresh(undefined);
    let [alpha, betaAccount] = everyAccount(h.app.state());
    expect(alpha).toMatchObject({ profileId: alphaId, session: { status: 'invalid' }, sync: { state: 'paused', stale: true } });
    expect(alpha!.servers).toHaveLength(8);
    expect(betaAccount).toMatchObject({ session: { status: 'valid' }, sync: { state: 'idle', stale: false, lastError: null } });

    // An hour later Beta has refreshed on its schedule; Alpha, paused, has not asked again.
    const alphaFrom = h.sim.requests.length;
    const betaFrom = beta.requests.length;
    await h.timers.advance(HOUR);
    expect(h.sim.requests.length).toBe(alphaFrom);
    expect(beta.requests.length).toBeGreaterThan(betaFrom);
    [alpha, betaAccount] = everyAccount(h.app.state());
    expect(betaAccount!.sync.state).toBe('idle');
    expect(alpha!.session.status).toBe('invalid');
  });

  it('keeps the other account working when the active one cannot reach its server', async () => {
    const { alphaId } = await twoAccounts();
    await beta.close();
    await h.app.handlers.refresh(undefined).catch(() => undefined);
    const [alpha, betaAccount] = everyAccount(h.app.state());
    expect(betaAccount!.sync).toMatchObject({ state: 'offline', stale: true, lastError: { kind: 'network' } });
    expect(alpha).toMatchObject({ profileId: alphaId, sync: { state: 'idle', stale: false, lastError: null } });
    beta = await startSimulator({ clock: h.clock });
  });

  it('makes idle hidden requests that grow with the accounts only', async () => {
    const { alphaId } = await twoAccounts();
    const alphaFrom = h.sim.requests.length;
    const betaFrom = beta.requests.length;
    await h.timers.advance(HOUR);
    const alphaMade = h.sim.requests.slice(alphaFrom);
    const betaMade = beta.requests.slice(betaFrom);
    expect(alphaMade.length).toBeGreaterThan(0);
    expect(alphaMade.length).toBeLessThanOrEqual(15);
    expect(betaMade.length).toBeLessThanOrEqual(15);
    // List pages only, besides the usage samples (GET /servers/{id}/) of the active account's
    // alerts: the other account runs no alert checks.
    const alphaActive = h.app.state().session.profileId === alphaId;
    const isList = (r: { path: string }) => r.path === '/api/v1/servers/' || r.path === '/api/v1/domains/';
    const isSample = (r: { path: string }) => /^\/api\/v1\/servers\/\d+\/$/.test(r.path);
    expect(alphaMade.every((r) => isList(r) || (alphaActive && isSample(r)))).toBe(true);
    expect(betaMade.every((r) => isList(r) || (!alphaActive && isSample(r)))).toBe(true);
  });

  it('brings both accounts back live after a restart, from the keychain', async () => {
    const { alphaId, betaId } = await twoAccounts();
    await h.app.stop();
    const from = h.sim.requests.length;
    const again = h.restart();
    await again.start();
    await again.handlers.refresh(undefined);
    const accounts = everyAccount(again.state());
    expect(accounts.map((a) => [a.profileId, a.session.status, a.sync.stale])).toEqual([
      [alphaId, 'valid', false],
      [betaId, 'valid', false],
    ]);
    expect(h.sim.requests.slice(from).map((r) => r.path)).toContain('/api/v1/servers/');
  });

  it('disconnecting an account removes its keychain entry and its keys only', async () => {
    const { alphaId, betaId } = await twoAccounts();
    for (const id of [alphaId, betaId]) expect(h.store.get(storeKeys.cache(id))).toBeDefined();
    await h.app.handlers.removeProfile({ profileId: alphaId });

    expect(await h.keychain.get(alphaId)).toBeNull();
    expect(await h.keychain.get(betaId)).toBe(beta.tokens.power);
    expect(h.store.get(storeKeys.cache(alphaId))).toBeUndefined();
    expect(h.store.get(storeKeys.session(alphaId))).toBeUndefined();
    expect(h.store.get(storeKeys.cache(betaId))).toBeDefined();
    expect(h.store.get(storeKeys.session(betaId))).toBeDefined();
    expect(everyAccount(h.app.state()).map((a) => a.profileId)).toEqual([betaId]);

    // Nothing of Alpha's comes back, and nothing is asked of its server any more.
    const from = h.sim.requests.length;
    await h.timers.advance(HOUR);
    expect(h.sim.requests.length).toBe(from);
    expect(h.store.get(storeKeys.cache(alphaId))).toBeUndefined();
  });

  it("reboots another account's server from the tray with that account's token", async () => {
    const { alphaId } = await twoAccounts();
    const menu = buildTrayMenu(h.app.state(), new Date(h.clock.now()));
    const webs = menu.filter((i) => i.label === '● web-01 — running');
    expect(webs).toHaveLength(2);
    // The groups follow the profiles: Alpha's first.
    const reboot = trayItem(webs[0]!.submenu!, 'Reboot');
    expect(reboot.command).toMatchObject({ kind: 'power', action: 'reboot', profileId: alphaId });
    await h.app.runTrayCommand(reboot.command!);
    // Done, not a failure notification.
    expect(h.desktop.notifications.filter((n) => n.title.includes('web-01'))).toEqual([]);
    expect(sent(h.sim, 'POST')).toHaveLength(1);
    expect(sent(beta, 'POST')).toEqual([]);
  });

  it("reminds of each account's expiring domains once, from its own ledger, naming the account", async () => {
    const { alphaId, betaId } = await twoAccounts();
    // Alpha's domains were first checked while it was the only account: no name then.
    const before = h.desktop.notifications.length;
    expect(before).toBeGreaterThan(0);
    expect(h.store.get(storeKeys.ledger(alphaId))).toBeDefined();

    // Two days on, Alpha's domain expiring in 3 days crosses the 1-day threshold: now beside
    // Beta, the notice names Alpha. Beta's token cannot list domains: no ledger of its own.
    h.clock.advance(2 * 86_400_000);
    await h.app.handlers.refresh(undefined);
    const titles = h.desktop.notifications.slice(before).map((n) => n.title);
    expect(titles).not.toEqual([]);
    expect(titles.filter((t) => !t.startsWith('Alpha: '))).toEqual([]);
    expect(h.store.get(storeKeys.ledger(betaId))).toBeUndefined();

    // Refreshed again: nothing new to say.
    await h.app.handlers.refresh(undefined);
    expect(h.desktop.notifications.slice(before).map((n) => n.title)).toEqual(titles);

    const alpha = everyAccount(h.app.state())[0]!;
    // Snoozed from the tray: Alpha's marks, not Beta's.
    const due = alpha.reminders.find((r) => r.state === 'due')!;
    await h.app.runTrayCommand({ kind: 'snooze', domainId: due.domainId, days: 7, profileId: alphaId });
    expect(everyAccount(h.app.state())[0]!.reminders.find((r) => r.domainId === due.domainId)!.state).toBe('snoozed');
    expect(h.store.get(storeKeys.snoozes(alphaId))).toMatchObject({ snoozedUntil: { [due.domainId]: expect.any(String) } });
    expect(h.store.get(storeKeys.snoozes(betaId))).toBeUndefined();
  });
});
