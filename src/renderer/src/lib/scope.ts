// The window's account scope: every connected account at once ("All accounts", the default) or
// one of them. Lists in that scope carry each item's account, so a row's key, its actions and its
// details all name the account the item belongs to (server ids repeat across accounts).
import { everyAccount, type LiveAccount } from '@shared/accounts';
import type { AlertView } from '@shared/alerts';
import type { DnsZone, Domain, Server } from '@shared/api-types';
import type { AppState, PendingAction, View } from '@shared/app-state';
import { m } from '@shared/i18n';
import type { WindowTarget } from '@shared/ipc-contract';
import { ui } from './app.svelte';
import { run } from './run';

export interface Scoped<T> {
  /** Unique across accounts: the account's profile id and the item's own id. */
  key: string;
  account: LiveAccount;
  item: T;
}

export const ownedKey = (profileId: string | null, id: number | string): string => `${profileId ?? ''}/${id}`;

/** The accounts the window shows now: all of them, or the chosen one while it is still connected. */
export function accountsInScope(state: AppState): LiveAccount[] {
  const all = everyAccount(state);
  const chosen = ui.scope === null ? [] : all.filter((a) => a.profileId === ui.scope);
  return chosen.length > 0 ? chosen : all;
}

/** More than one account is connected: lists name each item's account. */
export const severalAccounts = (state: AppState): boolean => everyAccount(state).length > 1;

function scoped<T>(state: AppState, pick: (account: LiveAccount) => T[], idOf: (item: T) => number | string): Scoped<T>[] {
  return accountsInScope(state).flatMap((account) => pick(account).map((item) => ({ key: ownedKey(account.profileId, idOf(item)), account, item })));
}

export const scopedServers = (state: AppState): Scoped<Server>[] => scoped(state, (a) => a.servers, (s) => s.id);
export const scopedDomains = (state: AppState): Scoped<Domain>[] => scoped(state, (a) => a.domains, (d) => d.id);
export const scopedZones = (state: AppState): Scoped<DnsZone>[] => scoped(state, (a) => a.zones, (z) => z.uuid);
/** Every account's alerts in scope, newest first. */
export const scopedAlerts = (state: AppState): Scoped<AlertView>[] =>
  scoped(state, (a) => a.alerts, (alert) => alert.id).sort((a, b) => b.item.at.localeCompare(a.item.at));
/** Power actions being followed, keyed as the servers they are for. */
export const scopedPending = (state: AppState): Scoped<PendingAction>[] => scoped(state, (a) => a.pending, (p) => p.serverId);

/** What a command about one item adds to its input: the owning account, when it is not the active one. */
export const ownerOf = (account: LiveAccount): { profileId?: string } => (account.active ? {} : { profileId: account.profileId });

/**
 * Opens an item's details with its own account, in place: its page reads and writes with that
 * account (selectedAccount), and the active account stays. Only the settings (where the token is
 * replaced) are the active account's, so for them another account is made the active one first.
 */
export async function openOwned(view: View, account: LiveAccount, id?: number | string): Promise<void> {
  if (account.active || view !== 'settings') {
    ui.open(view, id, account.active ? null : account.profileId);
    return;
  }
  const switched = await run(window.vps.switchProfile({ profileId: account.profileId }));
  if (switched.ok) ui.open(view, id);
}

/** The connected account with this profile id, if it still is connected. */
export const connectedAccount = (profileId: string): LiveAccount | undefined => (ui.state ? everyAccount(ui.state).find((a) => a.profileId === profileId) : undefined);

/** Where main says to go (a tray item, a notification): the named account's item, or the active one's. */
export function openTarget({ view, id, profileId }: WindowTarget): void {
  const account = profileId === undefined ? undefined : connectedAccount(profileId);
  if (account) void openOwned(view, account, id);
  else ui.open(view, id);
}

/** The account of the item selected in this view, while it is still connected. */
export function selectedAccount(state: AppState, view: 'servers' | 'domains' | 'dns'): LiveAccount | undefined {
  const owner = ui.owners[view];
  return everyAccount(state).find((a) => (owner === null ? a.active : a.profileId === owner));
}

/** What is wrong with this account alone, if anything: its token, or its server out of reach. */
export function accountTrouble(account: LiveAccount | undefined): string | null {
  if (!account) return null;
  if (account.session.status === 'invalid') return m.token_status_invalid();
  if (account.session.status === 'expired') return m.token_status_expired();
  if (account.sync.state === 'offline') return m.sync_offline();
  return null;
}
