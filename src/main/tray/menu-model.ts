// The tray menu as data: a pure function of the app state, so every surface (Windows, macOS,
// Linux) shows the same thing and tests can check it without Electron. The shell turns it into
// a native menu (src/main/shell/tray.ts).
import { TRAY_MARK } from '@shared/account-colours';
import type { PowerAction, Server, ServerStatus } from '@shared/api-types';
import type { AlertView } from '@shared/alerts';
import { alertSentences } from '@shared/alert-text';
import { everyAccount } from '@shared/accounts';
import { isDated, type AppState, type DatedReminderView, type PendingAction, type ProfileView, type ReminderView, type SessionView, type SyncView, type View } from '@shared/app-state';
import { isIpLiteral } from '@shared/dns-validation';
import { formatAge, formatCountdown, serverStatusWord } from '@shared/format';
import { m } from '@shared/i18n';
import { canPerform } from '@shared/permissions';

export type TrayCommand =
  /** `profileId`: the account that owns the server (the active one when left out). */
  | { kind: 'power'; serverId: number; action: PowerAction; profileId?: string }
  | { kind: 'copyIp'; serverId: number; profileId?: string }
  /** With `profileId`, the window opens that account's item in place (the active account stays). */
  | { kind: 'open'; view: View; id?: number | string; profileId?: string }
  | { kind: 'refresh' }
  | { kind: 'settings' }
  | { kind: 'snooze'; domainId: number; days: 1 | 7; profileId?: string }
  | { kind: 'handled'; domainId: number; profileId?: string }
  | { kind: 'snoozeAlert'; alertId: string; days: 1 | 7; profileId?: string }
  | { kind: 'alertHandled'; alertId: string; profileId?: string }
  | { kind: 'tokenPage' }
  | { kind: 'quit' };

export interface TrayMenuItem {
  label: string;
  enabled?: boolean;
  type?: 'normal' | 'separator' | 'submenu';
  submenu?: TrayMenuItem[];
  command?: TrayCommand;
  toolTip?: string;
}

/** A long menu is slower to scan than the window: past this (per account), "More servers…" opens it. */
export const MAX_TRAY_SERVERS = 25;
export const MAX_TRAY_DOMAINS = 10;
export const MAX_TRAY_ALERTS = 5;
/** A menu item wider than this is cut: the alert's whole sentence is in the window. */
const MAX_ALERT_LABEL = 64;
/** Windows cuts tray tooltips at 127 characters. */
export const MAX_TOOLTIP_LENGTH = 127;

const STATUS_MARK: Record<ServerStatus, string> = {
  active: '●',
  stopped: '○',
  suspended: '⊘',
  provisioning: '◐',
  starting: '◐',
  stopping: '◐',
  rebooting: '◐',
};

// Labels are made when the menu is built, so they follow the active language.
const PROGRESS: Record<PendingAction['action'], () => string> = {
  reboot: m.tray_rebooting,
  start: m.tray_starting,
  stop: m.tray_stopping,
  create: m.tray_setting_up,
};

const POWER_ITEMS: { action: PowerAction; label: () => string; when: ServerStatus }[] = [
  { action: 'reboot', label: m.power_reboot, when: 'active' },
  { action: 'start', label: m.power_start, when: 'stopped' },
  { action: 'stop', label: m.power_stop, when: 'active' },
];

const SEPARATOR: TrayMenuItem = { label: '', type: 'separator' };
const openApp = (): TrayMenuItem => ({ label: m.tray_open_app(), command: { kind: 'open', view: 'servers' } });
const quit = (): TrayMenuItem => ({ label: m.tray_quit(), command: { kind: 'quit' } });

/**
 * One account's part of the menu. With several accounts each is a group under its name, and its
 * items' commands name the account (profileId) so they act with its own token.
 */
interface AccountSlice {
  profileId?: string;
  profile: ProfileView | undefined;
  session: SessionView;
  sync: SyncView;
  servers: Server[];
  pending: PendingAction[];
  reminders: ReminderView[];
  alerts: AlertView[];
}

function activeSlice(state: AppState): AccountSlice {
  const { session, sync, servers, pending, reminders, alerts } = state;
  return { profile: activeProfile(state), session, sync, servers, pending, reminders, alerts };
}

/** Every connected account when there are several, else just the active one as before. */
function slices(state: AppState): AccountSlice[] {
  const accounts = everyAccount(state);
  if (accounts.length < 2) return [activeSlice(state)];
  return accounts.map((a) => ({
    profileId: a.profileId,
    profile: a.profile,
    session: a.session,
    sync: a.sync,
    servers: a.servers,
    pending: a.pending,
    reminders: a.reminders,
    alerts: a.alerts,
  }));
}

const withProfile = <T extends object>(slice: AccountSlice, command: T): T => (slice.profileId === undefined ? command : { ...command, profileId: slice.profileId });

export function buildTrayMenu(state: AppState, now: Date = new Date()): TrayMenuItem[] {
  if (!state.session.hasToken && state.otherAccounts.length === 0) {
    return [{ label: m.tray_add_token(), command: { kind: 'settings' } }, SEPARATOR, openApp(), SEPARATOR, quit()];
  }
  const groups = slices(state);
  const open = openAlerts(groups);
  const alerts = open.length > 0 ? [...alertItems(open), SEPARATOR] : [];
  const body =
    groups.length === 1 ? singleAccount(groups[0]!, now, alerts) : [...alerts, ...groups.flatMap((slice) => [...accountGroup(slice, now), SEPARATOR])];
  return [
    ...body,
    { label: m.tray_refresh(), command: { kind: 'refresh' } },
    openApp(),
    { label: m.tray_settings(), command: { kind: 'settings' } },
    SEPARATOR,
    quit(),
  ];
}

function statusLines(slice: AccountSlice, now: Date): TrayMenuItem[] {
  const status: TrayMenuItem[] = [];
  const sessionLine = sessionProblem(slice);
  if (sessionLine) status.push({ label: sessionLine, command: { kind: 'settings' } });
  const syncLine = staleLine(slice, now);
  if (syncLine) status.push({ label: syncLine, enabled: false });
  return status;
}

/** One account, as before there were several: its problems first, then the alerts, then its servers. */
function singleAccount(slice: AccountSlice, now: Date, alerts: TrayMenuItem[]): TrayMenuItem[] {
  const status = statusLines(slice, now);
  const domains = dueReminders(slice);
  const account = accountLine(slice);
  return [
    ...(status.length > 0 ? [...status, SEPARATOR] : []),
    ...alerts,
    ...(account ? [{ label: account, enabled: false }] : []),
    ...serverItems(slice),
    SEPARATOR,
    ...(domains.length > 0 ? [...domainItems(slice, domains), SEPARATOR] : []),
  ];
}

function accountGroup(slice: AccountSlice, now: Date): TrayMenuItem[] {
  const domains = dueReminders(slice);
  return [{ label: accountLine(slice) ?? '', enabled: false }, ...statusLines(slice, now), ...serverItems(slice), ...domainItems(slice, domains)];
}

export function trayTooltip(state: AppState): string {
  if (!state.session.hasToken && state.otherAccounts.length === 0) return m.tray_tip_no_token();
  const groups = slices(state);
  const [only] = groups;
  const alertParts = alertSummary(openAlerts(groups));
  let text: string;
  if (groups.length === 1 && only) {
    const demo = only.profile?.demo === true;
    const parts = [...alertParts, ...attentionParts(only)];
    if (parts.length === 0) return demo ? m.tray_tip_demo_all_good() : m.tray_tip_all_good();
    text = (demo ? [m.tray_tip_demo(), ...parts] : parts).join(' · ');
  } else {
    // Across accounts: each one that needs attention, under its name.
    const named = groups.flatMap((slice) => {
      const parts = attentionParts(slice);
      return parts.length === 0 ? [] : [m.with_account({ account: slice.profile?.name ?? '', text: parts.join(' · ') })];
    });
    if (alertParts.length === 0 && named.length === 0) return m.tray_tip_all_good();
    text = [...alertParts, ...named].join(' · ');
  }
  return text.length <= MAX_TOOLTIP_LENGTH ? text : `${text.slice(0, MAX_TOOLTIP_LENGTH - 1)}…`;
}

function attentionParts(slice: AccountSlice): string[] {
  const parts: string[] = [];
  const sessionLine = sessionProblem(slice);
  if (sessionLine) parts.push(sessionLine.replace(/ — .*$/, ''));
  if (slice.sync.state === 'offline') parts.push(m.tray_tip_offline());
  parts.push(...domainSummary(slice.reminders.filter(isDated)), ...serverSummary(slice));
  return parts;
}

/** The badge counts across accounts: offline only when every account is. */
export function trayIcon(state: AppState): 'normal' | 'attention' | 'offline' {
  if (!state.session.hasToken && state.otherAccounts.length === 0) return 'offline';
  const groups = slices(state);
  if (groups.every((slice) => !slice.session.hasToken || slice.sync.state === 'offline')) return 'offline';
  const attention =
    openAlerts(groups).length > 0 ||
    groups.some((slice) => sessionProblem(slice) !== null || dueReminders(slice).length > 0 || slice.servers.some((s) => s.status === 'suspended'));
  return attention ? 'attention' : 'normal';
}

function activeProfile(state: AppState): ProfileView | undefined {
  return state.profiles.find((p) => p.id === state.session.profileId);
}

/** Whose servers these are: the profile and its account, or the demo, which must never pass for a real account. */
function accountLine(slice: AccountSlice): string | null {
  const { profile } = slice;
  if (!profile) return null;
  // The colour the user gave the account, as the mark its badge in the window carries.
  const mark = profile.colour ? `${TRAY_MARK[profile.colour]} ` : '';
  if (profile.demo) return mark + m.tray_demo_account();
  const email = slice.session.account?.email;
  if (email === undefined || email === profile.name) return mark + (email ?? profile.name);
  return `${mark}${profile.name} — ${email}`;
}

/** How many things wait for the user: open alerts and every account's due reminders (the macOS title shows it). */
export function trayBadge(state: AppState): number {
  const groups = slices(state);
  return openAlerts(groups).length + groups.reduce((sum, slice) => sum + dueReminders(slice).length, 0);
}

function sessionProblem(slice: AccountSlice): string | null {
  if (slice.session.status === 'invalid') return m.tray_token_invalid();
  if (slice.session.status === 'expired') return m.tray_token_expired();
  return null;
}

function staleLine(slice: AccountSlice, now: Date): string | null {
  const { sync } = slice;
  if (!sync.stale) return null;
  const prefix = sync.state === 'offline' ? m.tray_offline() : sync.state === 'error' ? m.tray_cannot_refresh() : sync.state === 'paused' ? m.tray_paused() : m.tray_updating();
  if (sync.lastSuccessAt === null) return m.tray_no_data({ prefix });
  return m.tray_data_from({ prefix, age: formatAge(now.getTime() - Date.parse(sync.lastSuccessAt)) });
}

function needsAttention(server: Server, pending: PendingAction | undefined): boolean {
  return pending !== undefined || server.status !== 'active';
}

function serverItems(slice: AccountSlice): TrayMenuItem[] {
  const listVerdict = canPerform(slice.session.permissions, 'servers.list');
  if (listVerdict.allowed === false) return [{ label: m.tray_servers_hidden({ reason: listVerdict.reason }), enabled: false }];
  if (slice.servers.length === 0) return [{ label: m.tray_no_servers(), enabled: false }];

  const pendingById = new Map(slice.pending.map((p) => [p.serverId, p]));
  const ordered = [
    ...slice.servers.filter((s) => needsAttention(s, pendingById.get(s.id))),
    ...slice.servers.filter((s) => !needsAttention(s, pendingById.get(s.id))),
  ];
  const items = ordered.slice(0, MAX_TRAY_SERVERS).map((server) => serverItem(slice, server, pendingById.get(server.id)));
  if (ordered.length > MAX_TRAY_SERVERS) {
    items.push({ label: m.tray_more_servers({ count: ordered.length - MAX_TRAY_SERVERS }), command: { kind: 'open', view: 'servers' } });
  }
  return items;
}

function serverItem(slice: AccountSlice, server: Server, pending: PendingAction | undefined): TrayMenuItem {
  // The mark is decoration: the status is always in words too, for screen readers.
  const label = pending
    ? `${STATUS_MARK.rebooting} ${server.name} — ${PROGRESS[pending.action]()}`
    : `${STATUS_MARK[server.status]} ${server.name} — ${serverStatusWord(server.status)}`;
  const power = POWER_ITEMS.map(({ action, label: actionLabel, when }): TrayMenuItem => {
    const verdict = canPerform(slice.session.permissions, `servers.${action}`);
    if (verdict.allowed === false) return { label: `${actionLabel()} (${verdict.reason})`, enabled: false, toolTip: m.tray_token_reason({ reason: verdict.reason }) };
    // While the token is being read and checked at start-up, the cached servers show without actions.
    const enabled = pending === undefined && server.status === when && slice.session.status !== 'checking';
    return { label: actionLabel(), enabled, command: withProfile(slice, { kind: 'power' as const, serverId: server.id, action }) };
  });
  return {
    label,
    type: 'submenu',
    submenu: [
      ...power,
      SEPARATOR,
      copyIpItem(slice, server.id, server.ip_address),
      { label: m.tray_details(), command: withProfile(slice, { kind: 'open' as const, view: 'servers' as const, id: server.id }) },
    ],
  };
}

function copyIpItem(slice: AccountSlice, serverId: number, ip: string | null): TrayMenuItem {
  if (!ip) return { label: m.tray_copy_ip_none(), enabled: false };
  if (!isIpLiteral(ip)) return { label: m.tray_copy_ip_not_ip(), enabled: false };
  return { label: m.tray_copy_ip({ ip }), command: withProfile(slice, { kind: 'copyIp' as const, serverId }) };
}

/** An open alert with the account it belongs to. */
interface OpenAlert {
  alert: AlertView;
  slice: AccountSlice;
}

/** Every account's open alerts, newest first. */
function openAlerts(groups: AccountSlice[]): OpenAlert[] {
  return groups
    .flatMap((slice) => slice.alerts.filter((a) => a.state === 'open').map((alert) => ({ alert, slice })))
    .sort((a, b) => b.alert.at.localeCompare(a.alert.at));
}

/** The alert's sentence, under its account's name when there are several. */
function alertMessage({ alert, slice }: OpenAlert): string {
  const { message } = alertSentences(alert);
  return slice.profileId === undefined ? message : m.with_account({ account: slice.profile?.name ?? '', text: message });
}

function alertTarget(alert: AlertView): { view: View; id?: number } {
  if (alert.kind === 'usage' || alert.kind === 'server_state') return { view: 'servers', id: alert.serverId };
  if (alert.kind === 'domain_change') return { view: 'domains', id: alert.domainId };
  return { view: 'settings' };
}

function alertItems(alerts: OpenAlert[]): TrayMenuItem[] {
  const items = alerts.slice(0, MAX_TRAY_ALERTS).map((open): TrayMenuItem => {
    const { alert, slice } = open;
    const message = alertMessage(open);
    return {
      label: message.length <= MAX_ALERT_LABEL ? `⚠ ${message}` : `⚠ ${message.slice(0, MAX_ALERT_LABEL - 1)}…`,
      type: 'submenu',
      submenu: [
        { label: m.tray_open(), command: withProfile(slice, { kind: 'open' as const, ...alertTarget(alert) }) },
        ...(alert.kind === 'token_expiry' ? [{ label: m.alert_token_page(), command: { kind: 'tokenPage' } } satisfies TrayMenuItem] : []),
        { label: m.snooze_day(), command: withProfile(slice, { kind: 'snoozeAlert' as const, alertId: alert.id, days: 1 as const }) },
        { label: m.tray_snooze_week(), command: withProfile(slice, { kind: 'snoozeAlert' as const, alertId: alert.id, days: 7 as const }) },
        { label: m.mark_handled(), command: withProfile(slice, { kind: 'alertHandled' as const, alertId: alert.id }) },
      ],
    };
  });
  if (alerts.length > MAX_TRAY_ALERTS) {
    items.push({ label: m.tray_more_alerts({ count: alerts.length - MAX_TRAY_ALERTS }), command: { kind: 'open', view: 'activity' } });
  }
  return items;
}

function alertSummary(alerts: OpenAlert[]): string[] {
  const [first] = alerts;
  if (first === undefined) return [];
  return [alerts.length === 1 ? alertMessage(first) : m.alert_count({ count: alerts.length })];
}

function dueReminders(slice: AccountSlice): DatedReminderView[] {
  return slice.reminders.filter(isDated).filter((r) => r.state === 'due' || r.state === 'expired');
}

function expiryPhrase(reminder: DatedReminderView): string {
  const countdown = formatCountdown(reminder.daysLeft);
  if (reminder.daysLeft > 0) return reminder.autoRenew ? m.tray_renews({ countdown }) : m.tray_expires({ countdown });
  return countdown;
}

function domainItems(slice: AccountSlice, reminders: DatedReminderView[]): TrayMenuItem[] {
  const items = reminders.slice(0, MAX_TRAY_DOMAINS).map(
    (r): TrayMenuItem => ({
      label: `${r.domainName} — ${expiryPhrase(r)}`,
      type: 'submenu',
      submenu: [
        { label: m.tray_open(), command: withProfile(slice, { kind: 'open' as const, view: 'domains' as const, id: r.domainId }) },
        { label: m.snooze_day(), command: withProfile(slice, { kind: 'snooze' as const, domainId: r.domainId, days: 1 as const }) },
        { label: m.tray_snooze_week(), command: withProfile(slice, { kind: 'snooze' as const, domainId: r.domainId, days: 7 as const }) },
        { label: m.mark_handled(), command: withProfile(slice, { kind: 'handled' as const, domainId: r.domainId }) },
      ],
    }),
  );
  if (reminders.length > MAX_TRAY_DOMAINS) {
    items.push({ label: m.tray_more_domains({ count: reminders.length - MAX_TRAY_DOMAINS }), command: { kind: 'open', view: 'domains' } });
  }
  return items;
}

function domainSummary(reminders: DatedReminderView[]): string[] {
  const due = reminders.filter((r) => r.state === 'due' && r.daysLeft >= 0);
  const expired = reminders.filter((r) => r.state === 'expired' || (r.state === 'due' && r.daysLeft < 0));
  const parts: string[] = [];
  const [firstDue] = due;
  if (firstDue && due.length === 1) parts.push(m.tray_domain_phrase({ name: firstDue.domainName, phrase: expiryPhrase(firstDue) }));
  if (due.length > 1) {
    const within = Math.max(...due.map((r) => r.threshold ?? r.firstThreshold));
    parts.push(m.tray_many_due({ count: due.length, within: m.within_days({ days: within }) }));
  }
  const [firstExpired] = expired;
  if (firstExpired && expired.length === 1) parts.push(m.tray_domain_phrase({ name: firstExpired.domainName, phrase: formatCountdown(firstExpired.daysLeft) }));
  if (expired.length > 1) parts.push(m.tray_many_expired({ count: expired.length }));
  return parts;
}

function serverSummary(slice: AccountSlice): string[] {
  const parts = slice.pending.map((p) => m.tray_domain_phrase({ name: p.serverName, phrase: PROGRESS[p.action]() }));
  const busy = new Set(slice.pending.map((p) => p.serverId));
  for (const status of ['suspended', 'stopped'] as const) {
    const names = slice.servers.filter((s) => s.status === status && !busy.has(s.id)).map((s) => s.name);
    if (names.length > 2) parts.push(status === 'stopped' ? m.tray_many_stopped({ count: names.length }) : m.tray_many_suspended({ count: names.length }));
    else parts.push(...names.map((name) => m.tray_domain_phrase({ name, phrase: serverStatusWord(status) })));
  }
  return parts;
}
