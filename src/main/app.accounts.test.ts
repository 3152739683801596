import { afterEach, describe, expect, it } from 'vitest';
import { everyAccount, everyServer } from '@shared/accounts';
import { detailOf } from '@shared/details';
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
    await twoAccounts();
    const alphaFrom = h.sim.requests.length;
    const betaFrom = beta.requests.length;
    await h.timers.advance(HOUR);
    const alphaMade = h.sim.requests.slice(alphaFrom);
    const betaMade = beta.requests.slice(betaFrom);
    expect(alphaMade.length).toBeGreaterThan(0);
    expect(alphaMade.length).toBeLessThanOrEqual(15);
    expect(betaMade.length).toBeLessThanOrEqual(15);
    // List pages only (no zones while hidden), besides the usage samples (GET /servers/{id}/) of
    // each account's own alerts.
    const isList = (r: { path: string }) => r.path === '/api/v1/servers/' || r.path === '/api/v1/domains/';
    const isSample = (r: { path: string }) => /^\/api\/v1\/servers\/\d+\/$/.test(r.path);
    for (const made of [alphaMade, betaMade]) {
      expect(made.every((r) => isList(r) || isSample(r))).toBe(true);
      expect(made.filter(isSample).length).toBeGreaterThan(0);
    }
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

// Alpha, the account beside the active one, gets the background work the active one has: its
// alerts (with their own ledger), its power actions followed until they settle, its zones.
describe('the background work of an account beside the active one', () => {
  const alphaServer = (name: string) => [...h.sim.state.servers.values()].find((s) => s.name === name)!.id;
  const alphaOf = (state = h.app.state()) => everyAccount(state).find((a) => !a.active)!;

  it("raises an alert for a change made elsewhere on that account only, from its own ledger, once, across a restart", async () => {
    const { alphaId, betaId } = await twoAccounts();
    expect(alphaOf().alerts.filter((a) => a.kind === 'server_state')).toEqual([]);
    h.desktop.notifications.length = 0;

    h.sim.scenario.setServerStatus(alphaServer('cache-01'), 'stopped');
    await h.app.handlers.refresh(undefined);
    const [stopped, ...more] = alphaOf().alerts.filter((a) => a.kind !== 'token_expiry');
    expect(more).toEqual([]);
    expect(stopped).toMatchObject({ kind: 'server_state', subject: 'cache-01', from: 'active', to: 'stopped', state: 'open' });
    expect(h.app.state().alerts.filter((a) => a.kind !== 'token_expiry')).toEqual([]);
    // Named, and a click opens the server with its account named.
    expect(h.desktop.notifications).toEqual([
      { title: 'Alpha: cache-01 stopped', body: expect.any(String), target: { view: 'servers', id: alphaServer('cache-01'), profileId: alphaId } },
    ]);
    expect(h.store.get(storeKeys.alerts(alphaId))).toBeDefined();
    expect(h.store.get(storeKeys.alerts(betaId))).toBeUndefined();

    // Seen again, and after a restart: the same alert, not a new one.
    await h.app.handlers.refresh(undefined);
    await h.app.stop();
    const again = h.restart();
    await again.start();
    await again.handlers.refresh(undefined);
    expect(alphaOf(again.state()).alerts.filter((a) => a.kind !== 'token_expiry').map((a) => a.id)).toEqual([stopped!.id]);
    expect(h.desktop.notifications).toHaveLength(1);
  });

  it('says nothing on the first sight of the account, then notices what changes', async () => {
    const { alphaId } = await twoAccounts();
    await h.app.stop();
    // As if Alpha had never been watched: no baseline.
    h.store.delete(storeKeys.alertLedger(alphaId));
    h.sim.scenario.setServerStatus(alphaServer('cache-01'), 'stopped');
    const again = h.restart();
    await again.start();
    await again.handlers.refresh(undefined);
    expect(h.store.get(storeKeys.alertLedger(alphaId))).toBeDefined();
    expect(alphaOf(again.state()).alerts.filter((a) => a.kind === 'server_state')).toEqual([]);

    h.sim.scenario.setServerStatus(alphaServer('cache-01'), 'active');
    await again.handlers.refresh(undefined);
    expect(alphaOf(again.state()).alerts.filter((a) => a.kind === 'server_state').map((a) => [a.subject, a.state])).toEqual([['cache-01', 'open']]);
  });

  it("snoozes and handles that account's alerts in its own feed, from the window and the tray", async () => {
    const { alphaId, betaId } = await twoAccounts();
    h.sim.scenario.setServerStatus(alphaServer('cache-01'), 'stopped');
    h.sim.scenario.setServerStatus(alphaServer('web-01'), 'stopped');
    await h.app.handlers.refresh(undefined);
    const about = (subject: string) => alphaOf().alerts.find((a) => a.kind === 'server_state' && a.subject === subject)!;
    const [first, second] = [about('cache-01'), about('web-01')];
    // The active account knows no such alert.
    await expect(h.app.handlers.snoozeAlert({ alertId: first!.id, days: 1 })).rejects.toThrow('no longer in the list');

    await h.app.handlers.snoozeAlert({ alertId: first!.id, days: 1, profileId: alphaId });
    expect(alphaOf().alerts.find((a) => a.id === first!.id)?.state).toBe('snoozed');
    const alertItem = trayItem(buildTrayMenu(h.app.state(), new Date(h.clock.now())), '⚠ Alpha: web-01 stopped');
    await h.app.runTrayCommand(trayItem(alertItem.submenu!, 'Mark handled').command!);
    expect(alphaOf().alerts.find((a) => a.id === second!.id)?.state).toBe('handled');
    expect(h.store.get(storeKeys.alerts(betaId))).toBeUndefined();

    // Snoozed, the subject stays quiet; a new change of the handled one is news again, and
    // "all handled" for that account handles it.
    h.sim.scenario.setServerStatus(alphaServer('cache-01'), 'suspended');
    h.sim.scenario.setServerStatus(alphaServer('web-01'), 'active');
    await h.app.handlers.refresh(undefined);
    expect(alphaOf().alerts.filter((a) => a.kind === 'server_state').map((a) => `${a.subject} ${a.state}`).sort()).toEqual(['cache-01 snoozed', 'web-01 handled', 'web-01 open']);
    await h.app.handlers.markAlertHandled({ profileId: alphaId });
    expect(alphaOf().alerts.filter((a) => a.state === 'open')).toEqual([]);
  });

  it('follows a power action until the server settles, notified naming the account, on its own server only, and raises no alert for it', async () => {
    const { alphaId } = await twoAccounts();
    h.desktop.notifications.length = 0;
    const web = alphaServer('web-01');
    const betaFrom = beta.requests.length;

    await h.app.handlers.powerServer({ serverId: web, action: 'stop', profileId: alphaId });
    expect(alphaOf().pending).toMatchObject([{ serverId: web, serverName: 'web-01', action: 'stop', target: 'stopped' }]);
    expect(h.app.state().pending).toEqual([]);
    expect(buildTrayMenu(h.app.state(), new Date(h.clock.now())).map((i) => i.label)).toContain('◐ web-01 — stopping…');

    await h.timers.advance(60_000);
    expect(alphaOf().pending).toEqual([]);
    expect(alphaOf().servers.find((s) => s.id === web)?.status).toBe('stopped');
    expect(h.desktop.notifications).toEqual([{ title: 'Alpha: web-01 stopped', body: expect.any(String), target: { view: 'servers', id: web, profileId: alphaId } }]);
    expect(h.sim.requests.filter((r) => r.path === `/api/v1/servers/${web}/`).length).toBeGreaterThan(0);
    expect(beta.requests.slice(betaFrom).filter((r) => r.method === 'POST' || r.path === `/api/v1/servers/${web}/`)).toEqual([]);
    // Alpha's own activity log has it.
    expect(h.store.get(storeKeys.activity(alphaId))).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'Stop', target: 'web-01', result: 'ok' })]));

    // The change was this app's: no "stopped elsewhere" alert.
    await h.app.handlers.refresh(undefined);
    expect(alphaOf().alerts.filter((a) => a.kind === 'server_state')).toEqual([]);
  });

  it("lists that account's zones while the window is shown, and none while hidden", async () => {
    const { alphaId } = await twoAccounts();
    const zonesAsked = () => h.sim.requests.filter((r) => r.path === '/api/v1/dns/zones/').length;
    const hidden = zonesAsked();
    await h.timers.advance(HOUR);
    expect(zonesAsked()).toBe(hidden);

    await h.app.setWindowVisible(true);
    const alpha = alphaOf();
    expect(alpha.zones.map((z) => z.domain).sort()).toEqual([...h.sim.state.zones.values()].map((z) => z.domain).sort());
    expect(alpha.zones.length).toBeGreaterThan(0);
    // Beta's token may not list zones: not asked.
    expect(beta.requests.some((r) => r.path === '/api/v1/dns/zones/')).toBe(false);
    expect((h.store.get(storeKeys.cache(alphaId)) as { zones: unknown[] }).zones).toHaveLength(alpha.zones.length);
  });
});

// Another account's domain or zone opens in place: its details are read and written with its
// own token, and the active account stays the one the user chose.
describe("another account's details, in place", () => {
  const alphaOf = (state = h.app.state()) => everyAccount(state).find((a) => a.profileId !== state.session.profileId)!;
  const writes = (sim: Simulator, from = 0) => sim.requests.slice(from).filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);

  it("opens from the tray with its account named, and the active account stays", async () => {
    const { alphaId, betaId } = await twoAccounts();
    const domain = alphaOf().domains[0]!;
    await h.app.runTrayCommand({ kind: 'open', view: 'domains', id: domain.id, profileId: alphaId });
    expect(h.desktop.shown.at(-1)).toEqual({ view: 'domains', id: domain.id, profileId: alphaId });
    expect(h.app.state().session.profileId).toBe(betaId);
  });

  it("writes its domain settings and records with its own token, shows them at once, and raises no alert for them", async () => {
    const { alphaId, betaId } = await twoAccounts();
    await h.app.setWindowVisible(true);
    const domain = alphaOf().domains.find((d) => alphaOf().zones.some((z) => z.domain === d.domain_name))!;
    const zone = alphaOf().zones.find((z) => z.domain === domain.domain_name)!;
    const domainTarget = { kind: 'domain', domainId: domain.id, profileId: alphaId } as const;
    const zoneTarget = { kind: 'zone', zoneId: zone.uuid, profileId: alphaId } as const;
    await h.app.handlers.watchDetails({ targets: [domainTarget, zoneTarget] });
    expect(detailOf(h.app.state().details, domainTarget)).toMatchObject({ status: 'ready', value: { auto_renew: domain.auto_renew } });
    const alphaFrom = h.sim.requests.length;
    const betaFrom = beta.requests.length;
    h.desktop.notifications.length = 0;

    await h.app.handlers.updateDomain({ domainId: domain.id, settings: { auto_renew: !domain.auto_renew }, profileId: alphaId });
    expect(writes(h.sim, alphaFrom)).toEqual([`PUT /api/v1/domains/${domain.id}/`]);
    expect(alphaOf().domains.find((d) => d.id === domain.id)?.auto_renew).toBe(!domain.auto_renew);
    expect(detailOf(h.app.state().details, domainTarget)?.value?.auto_renew).toBe(!domain.auto_renew);

    const record = await h.app.handlers.createZoneRecord({ zoneId: zone.uuid, record: { record_type: 'TXT', name: 'inplace', value: 'v=alpha' }, profileId: alphaId });
    expect(writes(h.sim, alphaFrom)).toEqual([`PUT /api/v1/domains/${domain.id}/`, `POST /api/v1/dns-zones/${zone.uuid}/records/`]);
    expect(detailOf(h.app.state().details, zoneTarget)?.value?.records.map((r) => r.uuid)).toContain(record.uuid);
    expect(alphaOf().zones.find((z) => z.uuid === zone.uuid)?.record_count).toBe(zone.record_count + 1);
    await h.app.handlers.deleteRecord({ recordId: record.uuid, profileId: alphaId });
    expect(detailOf(h.app.state().details, zoneTarget)?.value?.records.map((r) => r.uuid)).not.toContain(record.uuid);

    // Nothing reached Beta's server, Beta stays the active account, and Alpha's log has the writes.
    expect(writes(beta, betaFrom)).toEqual([]);
    expect(h.app.state().session.profileId).toBe(betaId);
    expect(h.store.get(storeKeys.activity(alphaId))).toEqual(
      expect.arrayContaining([expect.objectContaining({ target: domain.domain_name, result: 'ok' }), expect.objectContaining({ target: `inplace TXT ${zone.domain}`, result: 'ok' })]),
    );
    expect(h.store.get(storeKeys.activity(betaId))).toBeUndefined();

    // The change was this app's: Alpha raises no "changed elsewhere" alert for it.
    await h.app.handlers.refresh(undefined);
    expect(alphaOf().alerts.filter((a) => a.kind === 'domain_change')).toEqual([]);
    expect(h.desktop.notifications).toEqual([]);
  });

  it("watches its server with its own token, edits it there, and lets it go when the window looks elsewhere", async () => {
    const { alphaId, betaId } = await twoAccounts();
    await h.app.setWindowVisible(true);
    const web = alphaOf().servers.find((s) => s.name === 'web-01')!;
    const betaFrom = beta.requests.length;
    const alphaFrom = h.sim.requests.length;

    await h.app.handlers.watchServers({ serverIds: [web.id], profileId: alphaId });
    expect(alphaOf().watched[web.id]?.detail).toMatchObject({ id: web.id, name: 'web-01' });
    expect(h.app.state().watched).toEqual({});
    // Sampled again on the next visible refresh, on Alpha's server only.
    await h.app.handlers.refresh(undefined);
    expect(alphaOf().watched[web.id]?.samples.length).toBe(2);
    const detailGets = (sim: Simulator, from: number) => sim.requests.slice(from).filter((r) => r.method === 'GET' && r.path === `/api/v1/servers/${web.id}/`).length;
    expect(detailGets(h.sim, alphaFrom)).toBeGreaterThanOrEqual(2);
    expect(detailGets(beta, betaFrom)).toBe(0);

    const backups = !alphaOf().watched[web.id]!.detail.backups_enabled;
    await h.app.handlers.updateServer({ serverId: web.id, patch: { backups_enabled: backups }, profileId: alphaId });
    expect(writes(h.sim, alphaFrom)).toEqual([`PATCH /api/v1/servers/${web.id}/`]);
    expect(alphaOf().watched[web.id]?.detail.backups_enabled).toBe(backups);
    expect(writes(beta, betaFrom)).toEqual([]);
    expect(h.app.state().session.profileId).toBe(betaId);

    // Back to the list: the active account's rows are watched, none of Alpha's.
    await h.app.handlers.watchServers({ serverIds: [] });
    expect(alphaOf().watched).toEqual({});
  });

  it("refuses a write that account's token may not make, naming the permission, and sends nothing", async () => {
    const { alphaId, betaId } = await twoAccounts();
    // Alpha active; Beta, beside it, may only list and power servers.
    await h.app.handlers.switchProfile({ profileId: alphaId });
    const betaFrom = beta.requests.length;
    const alphaFrom = h.sim.requests.length;
    const domainId = [...h.sim.state.domains.values()][0]!.id;
    await expect(h.app.handlers.updateDomain({ domainId, settings: { auto_renew: false }, profileId: betaId })).rejects.toMatchObject({
      kind: 'forbidden',
      message: expect.stringContaining('domains:update'),
    });
    expect(writes(beta, betaFrom)).toEqual([]);
    expect(writes(h.sim, alphaFrom)).toEqual([]);
    expect(h.app.state().session.profileId).toBe(alphaId);
  });
});
