// How each API resource reads in a terminal: tables for lists, aligned details for one item.
// Numbers, dates and countdowns use the shared formatters, so they read as in the app.
import type { AccountMe, DnsRecord, DnsZone, DnsZoneDetail, Domain, DomainDetail, Server, ServerDetail } from '@shared/api-types';
import { daysBetween, expiryDateKey, localDateKey } from '@shared/expiry';
import { formatCountdown, formatDay, formatGb, formatMemory, formatPercent, percentOf } from '@shared/format';
import { details, table } from './output';

const NONE = '-';

/** The local calendar day of an instant, "Mar 12, 2026"; anything unreadable as it came. */
export function day(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatDay(localDateKey(date));
}

/** "Mar 12, 2026 (in 12 days)", in local calendar days; "expiry unknown" for what is not a date. */
export function expiry(iso: string, now: Date): string {
  const key = expiryDateKey(iso);
  if (key === null) return 'expiry unknown';
  return `${formatDay(key)} (${formatCountdown(daysBetween(localDateKey(now), key))})`;
}

const yesNo = (value: boolean | undefined): string | undefined => (value === undefined ? undefined : value ? 'yes' : 'no');

/** With `profiles` (one per row, from --all-profiles), a PROFILE column comes first. */
function withProfiles(headers: string[], rows: string[][], profiles: readonly string[] | undefined): string {
  if (profiles === undefined) return table(headers, rows);
  return table(['PROFILE', ...headers], rows.map((row, i) => [profiles[i] ?? '', ...row]));
}

export function serversTable(servers: readonly Server[], profiles?: readonly string[]): string {
  return withProfiles(
    ['ID', 'NAME', 'STATUS', 'IP', 'LOCATION', 'PLAN'],
    servers.map((s) => [String(s.id), s.name, s.status, s.ip_address ?? NONE, s.location, s.plan.name]),
    profiles,
  );
}

function usageOf(used: number, total: number, unit: (n: number) => string): string {
  return `${unit(used)} of ${unit(total)} (${formatPercent(percentOf(used, total))})`;
}

export function serverDetails(s: ServerDetail): string {
  const plan = `${s.plan.name} (${s.plan.vcpus} vCPU, ${formatMemory(s.plan.memory)}, ${formatGb(s.plan.storage)})`;
  const usage = s.resource_usage;
  return details([
    ['ID', String(s.id)],
    ['Name', s.name],
    ['Hostname', s.hostname ?? NONE],
    ['Status', s.status],
    ['IPv4', s.ip_address ?? NONE],
    ['IPv6', s.ipv6_address ?? undefined],
    ['Location', s.location],
    ['Plan', plan],
    ['OS', s.os.name],
    ['Backups', yesNo(s.backups_enabled)],
    ['Created', day(s.created_at)],
    ['CPU', usage && formatPercent(usage.cpu_percent)],
    ['Memory', usage && usageOf(usage.memory_used, s.plan.memory, formatMemory)],
    ['Disk', usage && usageOf(usage.disk_used, s.plan.storage, formatGb)],
    ['Bandwidth', usage && (s.plan.bandwidth ? usageOf(usage.bandwidth_used, s.plan.bandwidth, formatGb) : formatGb(usage.bandwidth_used))],
  ]);
}

export function domainsTable(domains: readonly Domain[], now: Date, profiles?: readonly string[]): string {
  return withProfiles(
    ['ID', 'NAME', 'STATUS', 'EXPIRES', 'AUTO-RENEW'],
    domains.map((d) => [String(d.id), d.domain_name, d.status, expiry(d.expiration_date, now), d.auto_renew ? 'yes' : 'no']),
    profiles,
  );
}

export function domainDetails(d: DomainDetail, now: Date): string {
  return details([
    ['ID', String(d.id)],
    ['Name', d.domain_name],
    ['Status', d.status],
    ['Expires', expiry(d.expiration_date, now)],
    ['Registered', d.registration_date && day(d.registration_date)],
    ['Registrar', d.registrar],
    ['Auto-renew', yesNo(d.auto_renew)],
    ['Privacy', yesNo(d.privacy_protection)],
    ['Locked', yesNo(d.locked)],
    ['Nameservers', d.nameservers?.join(', ')],
    ['DNS by', d.dns_managed_by],
    ['DNS records', d.dns_records_count === undefined ? undefined : String(d.dns_records_count)],
  ]);
}

export function zonesTable(zones: readonly DnsZone[]): string {
  return table(
    ['UUID', 'DOMAIN', 'RECORDS', 'CREATED'],
    zones.map((z) => [z.uuid, z.domain, String(z.record_count), day(z.created_at)]),
  );
}

export function recordsTable(records: readonly DnsRecord[], withZone: boolean): string {
  const headers = ['UUID', 'TYPE', 'NAME', 'VALUE', 'TTL', 'PRIORITY'];
  const row = (r: DnsRecord): string[] => {
    const cells = [r.uuid, r.record_type, r.name, r.value, String(r.ttl), r.priority == null ? NONE : String(r.priority)];
    return withZone ? [...cells.slice(0, 1), r.zone ?? NONE, ...cells.slice(1)] : cells;
  };
  return table(withZone ? ['UUID', 'ZONE', ...headers.slice(1)] : headers, records.map(row));
}

export function zoneDetails(zone: DnsZoneDetail): string {
  const head = details([
    ['UUID', zone.uuid],
    ['Domain', zone.domain],
    ['Records', String(zone.record_count)],
    ['Created', day(zone.created_at)],
  ]);
  return zone.records.length === 0 ? head : `${head}\n\n${recordsTable(zone.records, false)}`;
}

export function recordDetails(r: DnsRecord): string {
  return details([
    ['UUID', r.uuid],
    ['Zone', r.zone],
    ['Type', r.record_type],
    ['Name', r.name],
    ['Value', r.value],
    ['TTL', String(r.ttl)],
    ['Priority', r.priority == null ? undefined : String(r.priority)],
    ['Created', r.created_at && day(r.created_at)],
  ]);
}

export function tokenExpiry(expiresAt: string | null | undefined, now: Date): string {
  return expiresAt ? expiry(expiresAt, now) : 'never';
}

export function accountDetails(me: AccountMe, now: Date): string {
  const { account, token } = me;
  const name = [account.first_name, account.last_name].filter(Boolean).join(' ');
  return details([
    ['Email', account.email],
    ['Name', name === '' ? undefined : name],
    ['Company', account.company_name ?? undefined],
    ['Member since', account.created_at && day(account.created_at)],
    ['Token', token.name],
    ['Permissions', token.permissions.join(', ')],
    ['Expires', token.is_expired ? 'expired' : tokenExpiry(token.expires_at, now)],
  ]);
}
