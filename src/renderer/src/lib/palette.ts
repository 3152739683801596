// The command palette's entries ("reboot web-01", "open example.com", …) built from the app
// state, and a forgiving match of what was typed against them: every word typed must appear
// in the entry, in any order, either as a substring or as letters in sequence within one of
// its words ("rbt" finds "reboot", "wb01" finds "web-01"). Servers and domains come from every
// account in the window's scope; each entry's command names the account it acts for.
import { accountName, type LiveAccount } from '@shared/accounts';
import { m } from '@shared/i18n';
import type { PowerAction } from '@shared/api-types';
import type { AppState, View } from '@shared/app-state';
import { isIpLiteral } from '@shared/dns-validation';
import { expiryDateKey } from '@shared/expiry';
import type { OperationId } from '@shared/operations';
import { canPerform } from '@shared/permissions';
import { formatDay, serverStatusWord } from '@shared/format';
import { POWER_ACTIONS, powerAvailability, powerLabel } from './power';

/** The account a server or domain belongs to (its profile id). */
interface OwnedItem {
  profileId: string;
}

export type PaletteCommand =
  | ({ kind: 'power'; serverId: number; action: PowerAction } & OwnedItem)
  | ({ kind: 'copyIp'; serverId: number } & OwnedItem)
  | ({ kind: 'openItem'; view: 'servers' | 'domains' | 'dns'; id: number | string } & OwnedItem)
  | { kind: 'open'; view: View }
  | ({ kind: 'autoRenew'; domainId: number; on: boolean } & OwnedItem)
  | { kind: 'create'; view: 'servers' | 'domains' | 'dns' }
  | { kind: 'refresh' }
  | { kind: 'exportCalendar' };

export interface PaletteEntry {
  id: string;
  label: string;
  /** A second, quieter line: status, IP, expiry. */
  detail: string;
  /** Why it cannot run now; such entries are listed but do nothing. */
  disabled?: string;
  /** The account the item belongs to, named when the palette lists several. */
  account?: string;
  command: PaletteCommand;
}

const CREATE_ENTRIES = (): readonly { view: 'servers' | 'domains' | 'dns'; label: string; detail: string; operation: OperationId }[] => [
  { view: 'servers', label: m.palette_new_server(), detail: m.palette_new_server_detail(), operation: 'servers.create' },
  { view: 'domains', label: m.palette_register(), detail: m.palette_register_detail(), operation: 'domains.register' },
  { view: 'dns', label: m.palette_new_zone(), detail: m.palette_new_zone_detail(), operation: 'dns.zones.create' },
];

const VIEW_ENTRIES = (): readonly { view: View; label: string }[] => [
  { view: 'servers', label: m.palette_go({ view: m.nav_servers() }) },
  { view: 'domains', label: m.palette_go({ view: m.nav_domains() }) },
  { view: 'dns', label: m.palette_go({ view: m.nav_dns() }) },
  { view: 'activity', label: m.palette_go({ view: m.nav_activity() }) },
  { view: 'settings', label: m.palette_open_settings() },
];

/**
 * `accounts`: the accounts in the window's scope (lib/scope.ts accountsInScope). With more than
 * one, each item's entries name its account, and ids carry it (server ids repeat across accounts).
 */
export function buildEntries(state: AppState, accounts: readonly LiveAccount[]): PaletteEntry[] {
  const entries: PaletteEntry[] = [];
  const permissions = state.session.permissions;
  const named = accounts.length > 1;
  for (const account of accounts) {
    const { profileId } = account;
    const owner = named ? { account: accountName(account.profile) } : {};
    for (const server of account.servers) {
      const key = `${profileId}/${server.id}`;
      const pending = account.pending.find((p) => p.serverId === server.id);
      const detail = [serverStatusWord(server.status), server.ip_address].filter(Boolean).join(' · ');
      entries.push({ id: `open-server-${key}`, label: m.palette_open({ name: server.name }), detail, ...owner, command: { kind: 'openItem', view: 'servers', id: server.id, profileId } });
      for (const action of POWER_ACTIONS) {
        const availability = powerAvailability(server, action, account.session.permissions, pending);
        // Listing "Start web-01" for a running server is noise; a missing permission is worth saying.
        if (!availability.enabled && !availability.permission) continue;
        entries.push({
          id: `${action}-${key}`,
          label: powerLabel(action, server.name),
          detail,
          ...owner,
          ...(availability.enabled ? {} : { disabled: availability.reason }),
          command: { kind: 'power', serverId: server.id, action, profileId },
        });
      }
      if (server.ip_address && isIpLiteral(server.ip_address)) {
        entries.push({ id: `copy-${key}`, label: m.copy_ip_of({ name: server.name }), detail: server.ip_address, ...owner, command: { kind: 'copyIp', serverId: server.id, profileId } });
      }
    }
    for (const domain of account.domains) {
      const expiresOn = expiryDateKey(domain.expiration_date);
      const detail = expiresOn === null ? m.expiry_unknown() : m.palette_expires({ day: formatDay(expiresOn) });
      entries.push({ id: `open-domain-${profileId}/${domain.id}`, label: m.palette_open({ name: domain.domain_name }), detail, ...owner, command: { kind: 'openItem', view: 'domains', id: domain.id, profileId } });
      const on = !domain.auto_renew;
      entries.push({
        id: `renew-${profileId}/${domain.id}`,
        label: on ? m.palette_renew_on({ name: domain.domain_name }) : m.palette_renew_off({ name: domain.domain_name }),
        detail,
        ...owner,
        command: { kind: 'autoRenew', domainId: domain.id, on, profileId },
      });
    }
    for (const zone of account.zones) {
      entries.push({
        id: `zone-${profileId}/${zone.uuid}`,
        label: m.palette_edit_dns({ name: zone.domain }),
        detail: m.records_count({ count: zone.record_count }),
        ...owner,
        command: { kind: 'openItem', view: 'dns', id: zone.uuid, profileId },
      });
    }
  }
  for (const { view, label, detail, operation } of CREATE_ENTRIES()) {
    const verdict = canPerform(permissions, operation);
    entries.push({
      id: `create-${view}`,
      label,
      detail,
      ...(verdict.allowed === false ? { disabled: verdict.reason } : {}),
      command: { kind: 'create', view },
    });
  }
  for (const { view, label } of VIEW_ENTRIES()) {
    entries.push({ id: `view-${view}`, label, detail: '', command: { kind: 'open', view } });
  }
  entries.push({ id: 'refresh', label: m.refresh_now(), detail: m.palette_refresh_detail(), command: { kind: 'refresh' } });
  entries.push({ id: 'ics', label: m.export_calendar(), detail: m.palette_ics_detail(), command: { kind: 'exportCalendar' } });
  return entries;
}

/** Entries matching the query, best first; every entry, in order, for an empty query. */
export function matchEntries(entries: readonly PaletteEntry[], query: string, limit = 50): PaletteEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return entries.slice(0, limit);
  const scored: { entry: PaletteEntry; score: number }[] = [];
  for (const entry of entries) {
    const score = scoreLabel(entry.label.toLowerCase(), words);
    if (score > 0) scored.push({ entry, score: entry.disabled ? score / 2 : score });
  }
  scored.sort((a, b) => b.score - a.score || a.entry.label.length - b.entry.label.length);
  return scored.slice(0, limit).map((s) => s.entry);
}

/** 0 when a word is missing; otherwise higher for whole words and word starts. */
function scoreLabel(label: string, words: readonly string[]): number {
  let total = 0;
  for (const word of words) {
    const score = scoreWord(label, word);
    if (score === 0) return 0;
    total += score;
  }
  return total;
}

function scoreWord(label: string, word: string): number {
  const at = label.indexOf(word);
  if (at >= 0) {
    const wordStart = at === 0 || /[\s.\-_]/.test(label[at - 1] ?? '');
    const wholeWord = wordStart && !/[a-z0-9]/.test(label[at + word.length] ?? '');
    return 10 + (wordStart ? 5 : 0) + (wholeWord ? 5 : 0);
  }
  return label.split(/\s+/).some((part) => inSequence(part, word)) ? 2 : 0;
}

function inSequence(text: string, word: string): boolean {
  let i = 0;
  for (const char of text) {
    if (char === word[i]) i++;
    if (i === word.length) return true;
  }
  return false;
}
