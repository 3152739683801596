// The command palette's entries ("reboot web-01", "open example.com", …) built from the app
// state, and a forgiving match of what was typed against them: every word typed must appear
// in the entry, in any order, either as a substring or as letters in sequence within one of
// its words ("rbt" finds "reboot", "wb01" finds "web-01").
import { m } from '@shared/i18n';
import type { PowerAction } from '@shared/api-types';
import type { AppState, View } from '@shared/app-state';
import type { OperationId } from '@shared/operations';
import { canPerform } from '@shared/permissions';
import { formatDay, serverStatusWord } from '@shared/format';
import { POWER_ACTIONS, powerAvailability, powerLabel } from './power';

export type PaletteCommand =
  | { kind: 'power'; serverId: number; action: PowerAction }
  | { kind: 'copyIp'; serverId: number }
  | { kind: 'open'; view: View; id?: number | string }
  | { kind: 'autoRenew'; domainId: number; on: boolean }
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

export function buildEntries(state: AppState): PaletteEntry[] {
  const entries: PaletteEntry[] = [];
  const permissions = state.session.permissions;
  for (const server of state.servers) {
    const pending = state.pending.find((p) => p.serverId === server.id);
    const detail = [serverStatusWord(server.status), server.ip_address].filter(Boolean).join(' · ');
    entries.push({ id: `open-server-${server.id}`, label: m.palette_open({ name: server.name }), detail, command: { kind: 'open', view: 'servers', id: server.id } });
    for (const action of POWER_ACTIONS) {
      const availability = powerAvailability(server, action, permissions, pending);
      // Listing "Start web-01" for a running server is noise; a missing permission is worth saying.
      if (!availability.enabled && !availability.permission) continue;
      entries.push({
        id: `${action}-${server.id}`,
        label: powerLabel(action, server.name),
        detail,
        ...(availability.enabled ? {} : { disabled: availability.reason }),
        command: { kind: 'power', serverId: server.id, action },
      });
    }
    if (server.ip_address) {
      entries.push({ id: `copy-${server.id}`, label: m.copy_ip_of({ name: server.name }), detail: server.ip_address, command: { kind: 'copyIp', serverId: server.id } });
    }
  }
  for (const domain of state.domains) {
    const detail = m.palette_expires({ day: formatDay(domain.expiration_date.slice(0, 10)) });
    entries.push({ id: `open-domain-${domain.id}`, label: m.palette_open({ name: domain.domain_name }), detail, command: { kind: 'open', view: 'domains', id: domain.id } });
    const on = !domain.auto_renew;
    entries.push({
      id: `renew-${domain.id}`,
      label: on ? m.palette_renew_on({ name: domain.domain_name }) : m.palette_renew_off({ name: domain.domain_name }),
      detail,
      command: { kind: 'autoRenew', domainId: domain.id, on },
    });
  }
  for (const zone of state.zones) {
    entries.push({ id: `zone-${zone.uuid}`, label: m.palette_edit_dns({ name: zone.domain }), detail: m.records_count({ count: zone.record_count }), command: { kind: 'open', view: 'dns', id: zone.uuid } });
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
