import { describe, expect, it } from 'vitest';
import type { Server, ServerStatus } from '@shared/api-types';
import type { AlertView } from '@shared/alerts';
import type { AppState, DatedReminderView, ReminderView } from '@shared/app-state';
import { DEFAULT_SETTINGS } from '@shared/settings';
import { emptyState } from '@shared/app-state';
import { MAX_TRAY_ALERTS, MAX_TRAY_SERVERS, buildTrayMenu, trayBadge, trayIcon, trayTooltip, type TrayMenuItem } from './menu-model';

const NOW = new Date('2026-01-16T12:00:00Z');

function server(id: number, name: string, status: ServerStatus, ip: string | null = `192.0.2.${id}`): Server {
  return {
    id,
    name,
    hostname: null,
    status,
    ip_address: ip,
    location: 'us-west',
    plan: { id: 1, name: 'Starter', vcpus: 1, memory: 1024, storage: 25 },
    os: { id: 1, name: 'Debian 12' },
    created_at: '2025-01-01T00:00:00Z',
    updated_at: '2025-01-01T00:00:00Z',
  };
}

function reminder(domainId: number, domainName: string, daysLeft: number, state: DatedReminderView['state'], threshold: number | null): DatedReminderView {
  return { domainId, domainName, expiresOn: '2026-01-19', daysLeft, threshold, firstThreshold: 30, autoRenew: false, state, snoozedUntil: null };
}

function signedIn(overrides: Partial<AppState> = {}, permissions = ['*:*']): AppState {
  const base = emptyState(DEFAULT_SETTINGS);
  return {
    ...base,
    session: { ...base.session, profileId: 'p1', hasToken: true, persisted: true, tokenName: 'laptop', permissions, status: 'valid' },
    sync: { state: 'idle', lastSuccessAt: NOW.toISOString(), stale: false, lastError: null, nextAt: null },
    servers: [server(1, 'web-01', 'active'), server(2, 'web-02', 'stopped'), server(3, 'legacy', 'suspended')],
    ...overrides,
  };
}

const labels = (items: TrayMenuItem[]) => items.map((i) => (i.type === 'separator' ? '---' : i.label));
const find = (items: TrayMenuItem[], label: string) => {
  const item = items.find((i) => i.label === label);
  if (!item) throw new Error(`no item "${label}" in ${JSON.stringify(labels(items))}`);
  return item;
};

describe('the tray menu', () => {
  it('without a token offers to add one, open the window and quit', () => {
    const state = emptyState(DEFAULT_SETTINGS);
    const menu = buildTrayMenu(state, NOW);
    expect(labels(menu)).toEqual(['Add your API token…', '---', 'Open VPS Tray', '---', 'Quit']);
    expect(menu[0]?.command).toEqual({ kind: 'settings' });
    expect(trayIcon(state)).toBe('offline');
    expect(trayTooltip(state)).toBe('VPS Tray — add your API token');
  });

  it('lists servers with a status mark, those needing attention first, then the fixed items', () => {
    const menu = buildTrayMenu(signedIn(), NOW);
    expect(labels(menu)).toEqual(['○ web-02 — stopped', '⊘ legacy — suspended', '● web-01 — running', '---', 'Refresh', 'Open VPS Tray', 'Settings…', '---', 'Quit']);
  });

  it('enables power items by status', () => {
    const menu = buildTrayMenu(signedIn(), NOW);
    const active = find(menu, '● web-01 — running').submenu ?? [];
    expect(active.map((i) => [i.label, i.enabled ?? true])).toEqual([
      ['Reboot', true],
      ['Start', false],
      ['Stop', true],
      ['', true],
      ['Copy IP (192.0.2.1)', true],
      ['Details…', true],
    ]);
    expect(find(active, 'Reboot').command).toEqual({ kind: 'power', serverId: 1, action: 'reboot' });
    expect(find(active, 'Details…').command).toEqual({ kind: 'open', view: 'servers', id: 1 });

    const stopped = find(menu, '○ web-02 — stopped').submenu ?? [];
    expect(stopped.filter((i) => i.enabled !== false && i.command?.kind === 'power').map((i) => i.label)).toEqual(['Start']);
    const suspended = find(menu, '⊘ legacy — suspended').submenu ?? [];
    expect(suspended.filter((i) => i.enabled !== false && i.command?.kind === 'power')).toEqual([]);
  });

  it('lists the cached servers without power actions while the token is read and checked at start', () => {
    const state = signedIn();
    const menu = buildTrayMenu({ ...state, session: { ...state.session, status: 'checking' } }, NOW);
    const active = find(menu, '● web-01 — running').submenu ?? [];
    expect(active.filter((i) => i.command?.kind === 'power').map((i) => [i.label, i.enabled])).toEqual([
      ['Reboot', false],
      ['Start', false],
      ['Stop', false],
    ]);
    expect(find(active, 'Details…').enabled ?? true).toBe(true);
  });

  it('with a read-only token disables power items and names the missing permission', () => {
    const state = signedIn({}, ['servers:list', 'domains:list', 'dns:list']);
    const submenu = find(buildTrayMenu(state, NOW), '● web-01 — running').submenu ?? [];
    for (const label of ['Reboot (needs servers:power)', 'Start (needs servers:power)', 'Stop (needs servers:power)']) {
      const item = find(submenu, label);
      expect(item.enabled).toBe(false);
      expect(item.command).toBeUndefined();
    }
    expect(find(submenu, 'Copy IP (192.0.2.1)').enabled).not.toBe(false);
  });

  it('a token that cannot list servers says so instead of an empty list', () => {
    const menu = buildTrayMenu(signedIn({ servers: [] }, ['domains:list']), NOW);
    expect(find(menu, 'Servers hidden (needs servers:list)').enabled).toBe(false);
  });

  it('shows a server being followed with its progress and no power items', () => {
    const state = signedIn({
      servers: [server(1, 'web-01', 'rebooting'), server(2, 'web-02', 'active')],
      pending: [{ serverId: 1, serverName: 'web-01', action: 'reboot', startedAt: NOW.toISOString(), status: 'rebooting', target: 'active' }],
    });
    const menu = buildTrayMenu(state, NOW);
    expect(labels(menu).slice(0, 2)).toEqual(['◐ web-01 — rebooting…', '● web-02 — running']);
    const submenu = find(menu, '◐ web-01 — rebooting…').submenu ?? [];
    expect(submenu.filter((i) => i.command?.kind === 'power' && i.enabled !== false)).toEqual([]);
    expect(trayTooltip(state)).toBe('web-01 rebooting…');
  });

  it('a server without an address yet cannot have it copied', () => {
    const menu = buildTrayMenu(signedIn({ servers: [server(9, 'new-01', 'provisioning', null)] }), NOW);
    expect(labels(menu)[0]).toBe('◐ new-01 — provisioning');
    expect(find(find(menu, '◐ new-01 — provisioning').submenu ?? [], 'Copy IP (no address yet)').enabled).toBe(false);
  });

  it('offline with stale data says how old it is', () => {
    const state = signedIn({
      servers: [server(1, 'web-01', 'active')],
      sync: { state: 'offline', lastSuccessAt: '2026-01-16T11:55:00Z', stale: true, lastError: { kind: 'network', message: 'Could not reach VPS.org.' }, nextAt: null },
    });
    const menu = buildTrayMenu(state, NOW);
    expect(menu[0]).toEqual({ label: 'Offline — showing data from 5 min ago', enabled: false });
    expect(trayIcon(state)).toBe('offline');
    expect(trayTooltip(state)).toBe('offline');
  });

  it('cached data still being refreshed at start is marked, without saying offline', () => {
    const state = signedIn({
      servers: [server(1, 'web-01', 'active')],
      sync: { state: 'syncing', lastSuccessAt: '2026-01-15T12:00:00Z', stale: true, lastError: null, nextAt: null },
    });
    expect(buildTrayMenu(state, NOW)[0]?.label).toBe('Updating — showing data from 1 day ago');
  });

  it('an invalidated token leads to Settings and asks for attention', () => {
    const base = signedIn({ servers: [server(1, 'web-01', 'active')] });
    const state = { ...base, session: { ...base.session, status: 'invalid' as const } };
    const menu = buildTrayMenu(state, NOW);
    expect(menu[0]).toEqual({ label: 'Token no longer valid — paste a new one…', command: { kind: 'settings' } });
    expect(trayIcon(state)).toBe('attention');
  });

  it('lists domains inside their first threshold with snooze and handled, and sums them up', () => {
    const state = signedIn({
      servers: [server(1, 'web-01', 'active'), server(2, 'web-02', 'stopped')],
      reminders: [
        reminder(101, 'acme-shop.com', 3, 'due', 7),
        reminder(102, 'acme-api.io', 6, 'due', 7),
        reminder(103, 'acme-labs.dev', 25, 'snoozed', 30),
        reminder(104, 'acme.co', 60, 'ok', null),
      ],
    });
    const menu = buildTrayMenu(state, NOW);
    expect(labels(menu)).toEqual([
      '○ web-02 — stopped',
      '● web-01 — running',
      '---',
      'acme-shop.com — expires in 3 days',
      'acme-api.io — expires in 6 days',
      '---',
      'Refresh',
      'Open VPS Tray',
      'Settings…',
      '---',
      'Quit',
    ]);
    const submenu = find(menu, 'acme-shop.com — expires in 3 days').submenu ?? [];
    expect(submenu.map((i) => [i.label, i.command])).toEqual([
      ['Open', { kind: 'open', view: 'domains', id: 101 }],
      ['Snooze 1 day', { kind: 'snooze', domainId: 101, days: 1 }],
      ['Snooze 1 week', { kind: 'snooze', domainId: 101, days: 7 }],
      ['Mark handled', { kind: 'handled', domainId: 101 }],
    ]);
    expect(trayTooltip(state)).toBe('2 domains expire within 7 days · web-02 stopped');
    expect(trayIcon(state)).toBe('attention');
  });

  it('names a single expiring and an expired domain in the tooltip', () => {
    const state = signedIn({
      servers: [server(1, 'web-01', 'active')],
      reminders: [reminder(106, 'acme-promo.org', -2, 'expired', 0), reminder(101, 'acme-shop.com', 0, 'due', 0)],
    });
    expect(trayTooltip(state)).toBe('acme-shop.com expires today · acme-promo.org expired 2 days ago');
    expect(find(buildTrayMenu(state, NOW), 'acme-promo.org — expired 2 days ago').type).toBe('submenu');
  });

  it('leaves a domain with an unknown expiry out of the countdowns, and keeps the others', () => {
    const unknown: ReminderView = { domainId: 107, domainName: 'broken.com', expiresOn: null, daysLeft: null, threshold: null, firstThreshold: 30, autoRenew: false, state: 'unknown', snoozedUntil: null };
    const state = signedIn({ servers: [server(1, 'web-01', 'active')], reminders: [reminder(101, 'acme-shop.com', 3, 'due', 7), unknown] });
    expect(labels(buildTrayMenu(state, NOW))).toContain('acme-shop.com — expires in 3 days');
    expect(labels(buildTrayMenu(state, NOW)).join('\n')).not.toContain('broken.com');
    expect(trayTooltip(state)).toBe('acme-shop.com expires in 3 days');
  });

  it('names the active account first, and marks the demo so it never passes for a real account', () => {
    const work = { id: 'p1', name: 'Work', apiUrl: 'https://admin.vps.org', createdAt: NOW.toISOString(), demo: false };
    const base = signedIn({ profiles: [work] });
    const real = { ...base, session: { ...base.session, account: { email: 'ops@acme.example' } } };
    expect(labels(buildTrayMenu(real, NOW)).slice(0, 4)).toEqual(['Work — ops@acme.example', '○ web-02 — stopped', '⊘ legacy — suspended', '● web-01 — running']);
    expect(buildTrayMenu(real, NOW)[0]).toEqual({ label: 'Work — ops@acme.example', enabled: false });
    expect(trayTooltip(real)).not.toMatch(/demo/i);

    const demo = signedIn({ profiles: [{ ...work, name: 'Demo', apiUrl: 'http://127.0.0.1:40000', demo: true }], servers: [server(1, 'web-01', 'active')] });
    expect(buildTrayMenu(demo, NOW)[0]).toEqual({ label: 'Demo — simulated account, nothing here is real', enabled: false });
    expect(trayTooltip(demo)).toBe('VPS Tray demo — all good');
    expect(trayTooltip({ ...demo, servers: [server(2, 'web-02', 'stopped')] })).toBe('Demo · web-02 stopped');
  });

  it('lists open alerts first with open, snooze and handled, counts them, and sums them up', () => {
    const alert = (id: string, state: AlertView['state'], subject: string): AlertView => ({
      id,
      kind: 'server_state',
      at: NOW.toISOString(),
      subject,
      serverId: 2,
      from: 'active',
      to: 'stopped',
      state,
      snoozedUntil: null,
    });
    const token: AlertView = {
      id: 't',
      kind: 'token_expiry',
      at: NOW.toISOString(),
      subject: 'laptop',
      days: 3,
      expiresAt: '2026-01-19T12:00:00Z',
      state: 'open',
      snoozedUntil: null,
    };
    const one = signedIn({ servers: [server(1, 'web-01', 'active')], alerts: [alert('a', 'open', 'web-02'), alert('b', 'handled', 'web-02')] });
    const menu = buildTrayMenu(one, NOW);
    expect(labels(menu).slice(0, 2)).toEqual(['⚠ web-02 stopped', '---']);
    expect(menu[0]?.submenu?.map((i) => i.command)).toEqual([
      { kind: 'open', view: 'servers', id: 2 },
      { kind: 'snoozeAlert', alertId: 'a', days: 1 },
      { kind: 'snoozeAlert', alertId: 'a', days: 7 },
      { kind: 'alertHandled', alertId: 'a' },
    ]);
    expect(trayTooltip(one)).toBe('web-02 stopped');
    expect([trayIcon(one), trayBadge(one)]).toEqual(['attention', 1]);

    const many = signedIn({ servers: [], alerts: [token, ...Array.from({ length: 6 }, (_, i) => alert(String(i), 'open', `srv-${i}`))] });
    const items = buildTrayMenu(many, NOW);
    expect(find(items, '⚠ Your API token “laptop” expires in 3 days').submenu?.[1]).toEqual({ label: 'Open the token page', command: { kind: 'tokenPage' } });
    expect(labels(items)).toContain(`More alerts… (${7 - MAX_TRAY_ALERTS} more)`);
    expect(trayTooltip(many)).toBe('7 alerts');
    expect(trayBadge(many)).toBe(7);
    expect(trayBadge(signedIn({ alerts: [alert('s', 'snoozed', 'x')] }))).toBe(0);
  });

  it('is all good when nothing needs attention', () => {
    const state = signedIn({ servers: [server(1, 'web-01', 'active')], reminders: [reminder(104, 'acme.co', 60, 'ok', null)] });
    expect(trayTooltip(state)).toBe('VPS Tray — all good');
    expect(trayIcon(state)).toBe('normal');
  });

  it('caps a long server list, attention first, with a way to the rest', () => {
    const servers = Array.from({ length: 60 }, (_, i) => server(i + 1, `node-${String(i + 1).padStart(2, '0')}`, i === 47 ? 'stopped' : 'active'));
    const state = signedIn({ servers });
    const menu = buildTrayMenu(state, NOW);
    const serverLabels = labels(menu).filter((l) => /^[●○◐⊘] /.test(l));
    expect(serverLabels).toHaveLength(MAX_TRAY_SERVERS);
    expect(serverLabels[0]).toBe('○ node-48 — stopped');
    expect(find(menu, 'More servers… (35 more)').command).toEqual({ kind: 'open', view: 'servers' });
    expect(trayTooltip(state)).toBe('node-48 stopped');
  });

  it('keeps the tooltip within what Windows shows', () => {
    const servers = Array.from({ length: 2 }, (_, i) => server(i + 1, `a-very-long-server-name-number-${i}-for-testing-the-limit`, 'stopped'));
    const reminders = [reminder(1, 'a-very-long-domain-name-that-goes-on-and-on.example.com', 3, 'due', 7)];
    const tooltip = trayTooltip(signedIn({ servers, reminders }));
    expect(tooltip.length).toBeLessThanOrEqual(127);
    expect(tooltip.endsWith('…')).toBe(true);
  });
});

describe('the tray menu with several accounts', () => {
  const work = { id: 'p1', name: 'Work', apiUrl: 'https://admin.vps.org', createdAt: '2026-01-01T00:00:00Z', demo: false };
  const client = { id: 'p2', name: 'Client', apiUrl: 'https://admin.vps.org', createdAt: '2026-01-02T00:00:00Z', demo: false };
  const demo = { id: 'p3', name: 'Demo', apiUrl: 'http://127.0.0.1:4000', createdAt: '2026-01-03T00:00:00Z', demo: true };

  function several(clientOverrides: Partial<AppState['otherAccounts'][number]> = {}): AppState {
    const state = signedIn({ servers: [server(1, 'web-01', 'active')] });
    return {
      ...state,
      profiles: [work, client, demo],
      otherAccounts: [
        { profileId: 'p2', session: { ...state.session, profileId: 'p2', permissions: ['servers:list'] }, sync: state.sync, servers: [server(1, 'shop-01', 'stopped')], domains: [], renewalCosts: [], reminders: [reminder(9, 'client.com', 3, 'due', 7)], zones: [], pending: [], alerts: [], watched: {}, ...clientOverrides },
        { profileId: 'p3', session: { ...state.session, profileId: 'p3' }, sync: state.sync, servers: [server(7, 'demo-01', 'active')], domains: [], renewalCosts: [], reminders: [], zones: [], pending: [], alerts: [], watched: {} },
      ],
    };
  }

  it('groups servers and expiring domains under each account, the demo marked as the demo', () => {
    const menu = buildTrayMenu(several(), NOW);
    expect(labels(menu)).toEqual([
      'Work',
      '● web-01 — running',
      '---',
      'Client',
      '○ shop-01 — stopped',
      'client.com — expires in 3 days',
      '---',
      'Demo — simulated account, nothing here is real',
      '● demo-01 — running',
      '---',
      'Refresh',
      'Open VPS Tray',
      'Settings…',
      '---',
      'Quit',
    ]);
  });

  it('marks each group with the colour its account was given', () => {
    const state = several();
    const menu = buildTrayMenu({ ...state, profiles: [{ ...work, colour: 'green' }, client, { ...demo, colour: 'purple' }] }, NOW);
    expect(labels(menu).filter((l) => l === 'Client' || l.startsWith('🟢') || l.startsWith('🟣'))).toEqual(['🟢 Work', 'Client', '🟣 Demo — simulated account, nothing here is real']);
  });

  it("gives every item's command the account that owns it, with that account's permissions", () => {
    const menu = buildTrayMenu(several(), NOW);
    const web = find(menu, '● web-01 — running').submenu!;
    expect(find(web, 'Reboot').command).toEqual({ kind: 'power', serverId: 1, action: 'reboot', profileId: 'p1' });
    const shop = find(menu, '○ shop-01 — stopped').submenu!;
    // The same server id in another account: its own account, and its token may not power it.
    expect(find(shop, 'Copy IP (192.0.2.1)').command).toEqual({ kind: 'copyIp', serverId: 1, profileId: 'p2' });
    expect(shop.find((i) => i.label.startsWith('Start'))).toMatchObject({ enabled: false });
    expect(find(shop, 'Details…').command).toEqual({ kind: 'open', view: 'servers', id: 1, profileId: 'p2' });
    const domain = find(menu, 'client.com — expires in 3 days').submenu!;
    expect(domain.map((i) => i.command)).toEqual([
      { kind: 'open', view: 'domains', id: 9, profileId: 'p2' },
      { kind: 'snooze', domainId: 9, days: 1, profileId: 'p2' },
      { kind: 'snooze', domainId: 9, days: 7, profileId: 'p2' },
      { kind: 'handled', domainId: 9, profileId: 'p2' },
    ]);
  });

  it('counts attention across accounts in the tooltip and the badge, naming the account', () => {
    expect(trayTooltip(several())).toBe('Client: client.com expires in 3 days · shop-01 stopped');
    expect(trayIcon(several())).toBe('attention');
    const calm = several({ servers: [], reminders: [] });
    expect(trayTooltip(calm)).toBe('VPS Tray — all good');
    expect(trayIcon(calm)).toBe('normal');
  });

  const stopped = (id: string, serverId: number, subject: string, at: string): AlertView => ({
    id,
    kind: 'server_state',
    at,
    subject,
    serverId,
    from: 'active',
    to: 'stopped',
    state: 'open',
    snoozedUntil: null,
  });

  it("counts every account's open alerts in the badge and the tooltip, each item acting on its own account", () => {
    const calm = several({ servers: [], reminders: [] });
    expect([trayIcon(calm), trayBadge(calm)]).toEqual(['normal', 0]);
    const clientAlert = stopped('c1', 1, 'shop-01', NOW.toISOString());
    const withAlert = several({ servers: [], reminders: [], alerts: [clientAlert, { ...stopped('c0', 1, 'shop-01', NOW.toISOString()), state: 'handled' }] });
    expect([trayIcon(withAlert), trayBadge(withAlert)]).toEqual(['attention', 1]);
    expect(trayTooltip(withAlert)).toBe('Client: shop-01 stopped');
    const item = find(buildTrayMenu(withAlert, NOW), '⚠ Client: shop-01 stopped');
    expect(item.submenu!.map((i) => i.command)).toEqual([
      { kind: 'open', view: 'servers', id: 1, profileId: 'p2' },
      { kind: 'snoozeAlert', alertId: 'c1', days: 1, profileId: 'p2' },
      { kind: 'snoozeAlert', alertId: 'c1', days: 7, profileId: 'p2' },
      { kind: 'alertHandled', alertId: 'c1', profileId: 'p2' },
    ]);
    // The active account's alert too: counted together, newest first.
    const both = { ...withAlert, alerts: [stopped('w1', 1, 'web-01', new Date(NOW.getTime() + 1000).toISOString())] };
    expect([trayBadge(both), trayTooltip(both)]).toEqual([2, '2 alerts']);
    expect(labels(buildTrayMenu(both, NOW)).slice(0, 2)).toEqual(['⚠ Work: web-01 stopped', '⚠ Client: shop-01 stopped']);
  });

  it("shows another account's power action in progress under that account", () => {
    const busy = several({ pending: [{ serverId: 1, serverName: 'shop-01', action: 'start', startedAt: NOW.toISOString(), status: 'starting', target: 'active' }] });
    const menu = labels(buildTrayMenu(busy, NOW));
    expect(menu).toContain('◐ shop-01 — starting…');
    expect(menu).toContain('● web-01 — running');
  });

  it("shows one account's revoked token and stale data on that account only", () => {
    const state = several();
    const [clientAccount] = state.otherAccounts;
    const broken = several({
      session: { ...clientAccount!.session, status: 'invalid' },
      sync: { state: 'paused', lastSuccessAt: new Date(NOW.getTime() - 3_600_000).toISOString(), stale: true, lastError: null, nextAt: null },
    });
    const menu = labels(buildTrayMenu(broken, NOW));
    const clientAt = menu.indexOf('Client');
    expect(menu.slice(clientAt + 1, clientAt + 3)).toEqual(['Token no longer valid — paste a new one…', expect.stringMatching(/^Paused — showing data from /)]);
    expect(menu.filter((l) => l.startsWith('Token') || l.startsWith('Paused'))).toHaveLength(2);
    expect(trayIcon(broken)).toBe('attention');
  });
});
