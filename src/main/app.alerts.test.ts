// Alerts beyond expiry end to end: the app core against the simulator, driven into each
// situation through its scenario API, seen through the app state, the notifications and the
// tray, across a restart.
import { afterEach, describe, expect, it } from 'vitest';
import type { AlertView } from '@shared/alerts';
import { TOKEN_PAGE_URL } from '@shared/alerts';
import { alertSentences } from '@shared/alert-text';
import { setLocale } from '@shared/i18n';
import { createHarness, type Harness } from './testing/app-harness';
import { buildTrayMenu, trayBadge, trayTooltip } from './tray/menu-model';

const MINUTE = 60_000;
const DAY = 86_400_000;
const HIDDEN_CYCLE = 15 * MINUTE;

let h: Harness;
afterEach(async () => {
  await h.close();
  // The active language is one per process: the next test starts in English.
  await setLocale('en');
});

const serverId = (name: string) => [...h.sim.state.servers.values()].find((s) => s.name === name)!.id;
const domainId = (name: string) => [...h.sim.state.domains.values()].find((d) => d.domain_name === name)!.id;
const kinds = (alerts: AlertView[]) => alerts.map((a) => a.kind).sort();
const said = (alert: AlertView | undefined) => (alert ? alertSentences(alert).message : undefined);

/** Signed in with a token that expires a little over 14 days from now, web-01 watched. */
async function signedIn(systemLanguages: string[] = []): Promise<void> {
  h = await createHarness({ systemLanguages });
  await h.app.start();
  const token = 'vps_alerts_test_4b2d9c1e7f';
  h.sim.addToken(token, { name: 'Alerts test', permissions: ['*:*'], expiresAt: new Date(h.clock.now() + 14 * DAY + 20 * MINUTE).toISOString() });
  await h.app.handlers.addToken({ token, apiUrl: h.sim.url, profileName: 'Test' });
  await h.app.handlers.updateSettings({ alerts: { watchedServers: ['web-01'] } });
}

describe('alerts beyond expiry, against the simulator', () => {
  it('raise one alert of each kind per change, in the state, the notifications and the tray, and none again after a restart', async () => {
    await signedIn();
    // The first sight of the account and the first usage round are the baseline.
    await h.timers.advance(HIDDEN_CYCLE);
    expect(h.app.state().alerts).toEqual([]);
    const before = h.desktop.notifications.length;

    h.sim.scenario.climbUsage(serverId('web-01'), 'disk', { toPercent: 95 });
    h.sim.scenario.setServerStatus(serverId('cache-01'), 'stopped');
    h.sim.scenario.changeDomain(domainId('acme-corp.net'), { nameservers: ['ns1.vps.org', 'ns2.vps.org'] });
    await h.timers.advance(HIDDEN_CYCLE);

    const alerts = h.app.state().alerts;
    expect(kinds(alerts)).toEqual(['domain_change', 'server_state', 'token_expiry', 'usage']);
    expect(alerts.every((a) => a.state === 'open')).toBe(true);
    expect(alerts.find((a) => a.kind === 'usage')).toMatchObject({ subject: 'web-01', metric: 'disk', value: 95, threshold: 90 });
    expect(said(alerts.find((a) => a.kind === 'usage'))).toBe("web-01's disk is 95% full");
    expect(alerts.find((a) => a.kind === 'server_state')).toMatchObject({ subject: 'cache-01', from: 'active', to: 'stopped' });
    expect(said(alerts.find((a) => a.kind === 'server_state'))).toBe('cache-01 stopped');
    expect(alerts.find((a) => a.kind === 'domain_change')).toMatchObject({
      subject: 'acme-corp.net',
      field: 'nameservers',
      from: ['ns1.cloudflare.com', 'ns2.cloudflare.com'],
      to: ['ns1.vps.org', 'ns2.vps.org'],
    });
    expect(alerts.find((a) => a.kind === 'token_expiry')).toMatchObject({ subject: 'Alerts test', days: 14 });
    expect(said(alerts.find((a) => a.kind === 'token_expiry'))).toBe('Your API token “Alerts test” expires in 14 days');
    // Four at once make one notification that opens the Activity view.
    expect(h.desktop.notifications.slice(before)).toEqual([{ title: '4 alerts need attention', body: expect.stringContaining('web-01'), target: { view: 'activity' } }]);
    const state = h.app.state();
    expect(trayBadge(state)).toBeGreaterThanOrEqual(4);
    expect(trayTooltip(state)).toMatch(/^4 alerts/);
    expect(buildTrayMenu(state).filter((i) => i.label.startsWith('⚠'))).toHaveLength(4);

    // Nothing changed: nothing more, and the same after a restart.
    await h.timers.advance(HIDDEN_CYCLE);
    await h.app.stop();
    const restarted = h.restart();
    await restarted.start();
    await h.timers.advance(HIDDEN_CYCLE);
    expect(restarted.state().alerts.map((a) => a.id)).toEqual(alerts.map((a) => a.id));
    expect(h.desktop.notifications.slice(before)).toHaveLength(1);

    // Back under 85 % re-arms the disk; over 90 % again is a new crossing.
    h.sim.scenario.climbUsage(serverId('web-01'), 'disk', { toPercent: 50 });
    await h.timers.advance(HIDDEN_CYCLE);
    h.sim.scenario.climbUsage(serverId('web-01'), 'disk', { toPercent: 92 });
    await h.timers.advance(HIDDEN_CYCLE);
    const usage = restarted.state().alerts.filter((a) => a.kind === 'usage');
    expect(usage.map((a) => [a.value, a.state])).toEqual([
      [92, 'open'],
      [95, 'handled'],
    ]);
    expect(h.desktop.notifications.at(-1)).toEqual({ title: "web-01's disk is 92% full", body: expect.stringContaining('90%'), target: { view: 'servers', id: serverId('web-01') } });
  });

  it('speak the language of the OS in notifications and the tray, and of Settings once it changes', async () => {
    await signedIn(['fi-FI']);
    await h.timers.advance(HIDDEN_CYCLE);
    h.sim.scenario.setServerStatus(serverId('cache-01'), 'stopped');
    await h.timers.advance(HIDDEN_CYCLE);
    expect(h.desktop.notifications).toContainEqual({ title: 'cache-01 pysähtyi', body: expect.stringMatching(/^Aiempi tila: käynnissä\. /), target: { view: 'servers', id: serverId('cache-01') } });
    expect(buildTrayMenu(h.app.state()).find((i) => i.label === '⚠ cache-01 pysähtyi')?.submenu?.map((i) => i.label)).toEqual(['Avaa', 'Siirrä 1 päivä', 'Siirrä 1 viikko', 'Hoidettu']);

    // The alert already in the list reads in the new language too.
    await h.app.handlers.updateSettings({ language: 'yi' });
    await expect.poll(() => h.app.state().locale).toBe('yi');
    expect(buildTrayMenu(h.app.state()).map((i) => i.label)).toContain('⚠ cache-01 האָט זיך אָפּגעשטעלט');
  });

  it('stay quiet about what this app did itself', async () => {
    await signedIn();
    await h.timers.advance(HIDDEN_CYCLE);
    const staging = serverId('staging');
    await h.app.handlers.powerServer({ serverId: serverId('cache-01'), action: 'stop' });
    await h.app.handlers.powerServer({ serverId: staging, action: 'start' });
    await h.app.handlers.updateDomain({ domainId: domainId('acme.co'), settings: { auto_renew: false, nameservers: ['ns1.example.net', 'ns2.example.net'] } });
    await h.timers.advance(2 * HIDDEN_CYCLE);
    expect(h.app.state().servers.find((s) => s.id === staging)?.status).toBe('active');
    expect(h.app.state().alerts.filter((a) => a.kind !== 'token_expiry')).toEqual([]);
  });

  it('snooze a subject, mark alerts handled, and open the token page', async () => {
    await signedIn();
    await h.timers.advance(HIDDEN_CYCLE);
    h.sim.scenario.setServerStatus(serverId('cache-01'), 'stopped');
    await h.timers.advance(HIDDEN_CYCLE);
    const stopped = h.app.state().alerts.find((a) => a.kind === 'server_state')!;
    await h.app.handlers.snoozeAlert({ alertId: stopped.id, days: 1 });
    expect(h.app.state().alerts.find((a) => a.id === stopped.id)?.state).toBe('snoozed');

    // While snoozed the server changes again: nothing until the snooze ends.
    h.sim.scenario.setServerStatus(serverId('cache-01'), 'suspended');
    await h.timers.advance(HIDDEN_CYCLE);
    expect(h.app.state().alerts.filter((a) => a.kind === 'server_state')).toHaveLength(1);
    await h.timers.advance(DAY);
    const later = h.app.state().alerts.filter((a) => a.kind === 'server_state');
    expect(later.map((a) => [a.from, a.to, a.state])).toEqual([
      ['stopped', 'suspended', 'open'],
      ['active', 'stopped', 'handled'],
    ]);

    await h.app.handlers.markAlertHandled({});
    expect(h.app.state().alerts.every((a) => a.state === 'handled')).toBe(true);
    expect(trayBadge(h.app.state())).toBe(trayBadge({ ...h.app.state(), alerts: [] }));
    await expect(h.app.handlers.snoozeAlert({ alertId: 'no-such-alert', days: 7 })).rejects.toThrow('no longer in the list');

    await h.app.handlers.openTokenPage(undefined);
    expect(h.desktop.opened).toEqual([TOKEN_PAGE_URL]);
  });

  it('the demo shows one alert of each kind within a minute', async () => {
    h = await createHarness();
    await h.app.start();
    await h.app.handlers.startDemo(undefined);
    // "Try the demo" is a button in the window, which shows the servers and asks about its rows.
    await h.app.setWindowVisible(true);
    await h.app.handlers.watchServers({ serverIds: h.app.state().servers.map((s) => s.id) });
    expect(h.app.state().alerts).toEqual([]);
    const started = h.clock.now();
    await h.timers.advance(MINUTE);
    const alerts = h.app.state().alerts;
    expect(kinds(alerts)).toEqual(['domain_change', 'server_state', 'token_expiry', 'usage']);
    expect(alerts.map((a) => a.subject).sort()).toEqual(['Demo full access', 'acme-labs.dev', 'cache-01', 'web-01']);
    expect(Math.max(...alerts.map((a) => Date.parse(a.at))) - started).toBeLessThanOrEqual(MINUTE);
  });
});
