// The JSON shapes the API answers with, built from the simulated state.
import type {
  DnsRecord,
  DnsZone,
  DnsZoneDetail,
  Domain,
  DomainDetail,
  Plan,
  Server,
  ServerCreated,
  ServerDetail,
} from '@shared/api-types';
import type { CatalogPlan } from '@shared/catalog';
import { findOs, findPlan } from './catalog';
import { DAY_MS, type SimDomain, type SimRecord, type SimServer, type SimZone } from './state';
import { resourceUsage } from './usage';

/** ISO 8601 without milliseconds, as the provider writes it. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function serverView(server: SimServer): Server {
  const plan = planOf(server);
  return {
    id: server.id,
    name: server.name,
    hostname: server.hostname,
    status: server.status,
    ip_address: server.ip_address,
    location: server.location,
    plan: planView(plan, false),
    os: osView(server.osId),
    created_at: isoTime(server.createdAt),
    updated_at: isoTime(server.updatedAt),
  };
}

export function serverDetailView(server: SimServer, now: number): ServerDetail {
  const plan = planOf(server);
  const { created_at, updated_at, ...summary } = serverView(server);
  return {
    ...summary,
    ipv6_address: server.ipv6_address,
    plan: planView(plan, true),
    backups_enabled: server.backups_enabled,
    resource_usage: resourceUsage(server, plan, now),
    created_at,
    updated_at,
  };
}

export function serverCreatedView(server: SimServer, message: string): ServerCreated {
  const { created_at, updated_at, ...summary } = serverView(server);
  return { ...summary, backups_enabled: server.backups_enabled, created_at, updated_at, message };
}

export function domainView(domain: SimDomain): Domain {
  return {
    id: domain.id,
    domain_name: domain.domain_name,
    status: domain.status,
    registration_date: isoTime(domain.registeredAt),
    expiration_date: isoTime(domain.expiresAt),
    auto_renew: domain.auto_renew,
    locked: domain.locked,
    nameservers: [...domain.nameservers],
    privacy_protection: domain.privacy_protection,
    dns_managed_by: dnsManagedBy(domain.nameservers),
  };
}

export function domainDetailView(domain: SimDomain, now: number, dnsRecordsCount: number, owner: string): DomainDetail {
  const contact = domain.privacy_protection ? 'Privacy Protected' : owner;
  return {
    ...domainView(domain),
    registrar: 'VPS.org',
    days_until_expiration: Math.ceil((domain.expiresAt - now) / DAY_MS),
    whois_info: {
      registrant: contact,
      admin_contact: contact,
      tech_contact: contact,
      created_date: isoDate(domain.registeredAt),
      updated_date: isoDate(domain.updatedAt),
    },
    dns_records_count: dnsRecordsCount,
  };
}

export function zoneView(zone: SimZone, recordCount: number): DnsZone {
  return { uuid: zone.uuid, domain: zone.domain, created_at: isoTime(zone.createdAt), record_count: recordCount };
}

export function zoneDetailView(zone: SimZone, records: SimRecord[]): DnsZoneDetail {
  return { ...zoneView(zone, records.length), records: records.map((r) => recordView(r, false)) };
}

/** The direct /dns-records/ routes say which zone a record is in; the nested ones need not. */
export function recordView(record: SimRecord, withZone: boolean): DnsRecord {
  return {
    uuid: record.uuid,
    ...(withZone ? { zone: record.zone } : {}),
    record_type: record.record_type,
    name: record.name,
    value: record.value,
    ttl: record.ttl,
    priority: record.priority,
    created_at: isoTime(record.createdAt),
  };
}

function dnsManagedBy(nameservers: string[]): string {
  return nameservers.every((ns) => ns.endsWith('.vps.org')) ? 'vps.org' : 'external';
}

function planOf(server: SimServer): CatalogPlan {
  const plan = findPlan(server.planId);
  if (!plan) throw new Error(`Server ${server.id} has plan ${server.planId}, which the catalogue does not have.`);
  return plan;
}

function planView(plan: CatalogPlan, withBandwidth: boolean): Plan {
  const { id, name, vcpus, memory, storage, bandwidth } = plan;
  return withBandwidth ? { id, name, vcpus, memory, storage, bandwidth } : { id, name, vcpus, memory, storage };
}

function osView(osId: number): { id: number; name: string } {
  return { id: osId, name: findOs(osId)?.name ?? 'Custom image' };
}
