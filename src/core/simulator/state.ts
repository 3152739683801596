// The simulated account: servers, domains, DNS zones and records, the balance. Times are
// milliseconds; whatever moves with time is brought up to date by settle(now), which the
// simulator calls at the start of every request (no timers, so a manual clock rules it).
import type { DomainStatus, RecordType, ServerStatus } from '@shared/api-types';
import type { UsageMetric } from '@shared/alerts';
import type { SimTimings } from './timings';

export interface SimServer {
  id: number;
  name: string;
  hostname: string | null;
  status: ServerStatus;
  ip_address: string | null;
  ipv6_address: string | null;
  location: string;
  planId: number;
  osId: number;
  backups_enabled: boolean;
  createdAt: number;
  updatedAt: number;
  /** While starting, stopping, rebooting or provisioning: the status it reaches, and when. */
  transition: { to: ServerStatus; at: number } | null;
  /** Usage a test or the demo set (scenario.ts), in place of the usual waves. */
  usageRamps?: Partial<Record<UsageMetric, UsageRamp>>;
}

/** A metric going in a straight line from one percent of the plan to another. */
export interface UsageRamp {
  fromPercent: number;
  toPercent: number;
  startAt: number;
  endAt: number;
}

export interface SimDomain {
  id: number;
  domain_name: string;
  status: DomainStatus;
  registeredAt: number;
  expiresAt: number;
  updatedAt: number;
  auto_renew: boolean;
  locked: boolean;
  nameservers: string[];
  privacy_protection: boolean;
  /** While pending: when the registry confirms the registration. */
  pendingUntil: number | null;
  /** A transfer in: on completion the domain is renewed for one year. */
  transfer: { initiatedAt: number; completesAt: number } | null;
}

export interface SimZone {
  uuid: string;
  domain: string;
  createdAt: number;
}

export interface SimRecord {
  uuid: string;
  zone: string;
  record_type: RecordType;
  name: string;
  value: string;
  ttl: number;
  priority: number | null;
  createdAt: number;
}

export interface SimAccount {
  email: string;
  first_name: string | null;
  last_name: string | null;
  company_name: string | null;
  createdAt: number;
}

export const VPS_NAMESERVERS = ['ns1.vps.org', 'ns2.vps.org'];

export class SimState {
  readonly servers = new Map<number, SimServer>();
  readonly domains = new Map<number, SimDomain>();
  readonly zones = new Map<string, SimZone>();
  readonly records = new Map<string, SimRecord>();
  /** USD */
  balance: number;
  timings: SimTimings;
  account: SimAccount;
  private lastServerId = 12344;
  private lastDomainId = 100;
  private random = mulberry32(0x5eed);
  /** Changes made "elsewhere" at a later time (scenario.ts), applied in order by settle(). */
  private scheduled: { at: number; apply: () => void }[] = [];

  constructor(opts: { timings: SimTimings; balance: number; account: SimAccount }) {
    this.timings = opts.timings;
    this.balance = opts.balance;
    this.account = opts.account;
  }

  newServerId(): number {
    return ++this.lastServerId;
  }

  newDomainId(): number {
    return ++this.lastDomainId;
  }

  /** Deterministic, so the same seed data gets the same ids in every run. */
  newUuid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.random() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }

  addServer(server: SimServer): SimServer {
    this.servers.set(server.id, server);
    return server;
  }

  addDomain(domain: SimDomain): SimDomain {
    this.domains.set(domain.id, domain);
    return domain;
  }

  addZone(zone: SimZone): SimZone {
    this.zones.set(zone.uuid, zone);
    return zone;
  }

  addRecord(record: SimRecord): SimRecord {
    this.records.set(record.uuid, record);
    return record;
  }

  deleteZone(uuid: string): void {
    this.zones.delete(uuid);
    for (const record of this.records.values()) if (record.zone === uuid) this.records.delete(record.uuid);
  }

  zoneRecords(uuid: string): SimRecord[] {
    return [...this.records.values()].filter((r) => r.zone === uuid);
  }

  findZoneByDomain(domain: string): SimZone | undefined {
    for (const zone of this.zones.values()) if (zone.domain === domain) return zone;
    return undefined;
  }

  /** Takes the price from the balance; false (and nothing taken) when it cannot pay. */
  charge(usd: number): boolean {
    const cents = Math.round(usd * 100);
    const balanceCents = Math.round(this.balance * 100);
    if (cents > balanceCents) return false;
    this.balance = (balanceCents - cents) / 100;
    return true;
  }

  beginTransition(server: SimServer, via: ServerStatus, to: ServerStatus, durationMs: number, now: number): void {
    server.status = via;
    server.updatedAt = now;
    server.transition = { to, at: now + durationMs };
  }

  /** Runs `apply` once the clock reaches `at`; at once when it has already. */
  schedule(at: number, apply: () => void): void {
    this.scheduled.push({ at, apply });
    this.scheduled.sort((a, b) => a.at - b.at);
  }

  settle(now: number): void {
    while (this.scheduled.length > 0 && (this.scheduled[0]?.at ?? Infinity) <= now) this.scheduled.shift()?.apply();
    for (const server of this.servers.values()) settleServer(server, now);
    for (const domain of this.domains.values()) settleDomain(domain, now);
  }
}

function settleServer(server: SimServer, now: number): void {
  const transition = server.transition;
  if (!transition || now < transition.at) return;
  server.status = transition.to;
  server.updatedAt = transition.at;
  server.transition = null;
  server.ip_address ??= ipv4For(server.id);
  server.ipv6_address ??= ipv6For(server.id);
}

function settleDomain(domain: SimDomain, now: number): void {
  if (domain.pendingUntil !== null && now >= domain.pendingUntil) {
    domain.status = 'active';
    domain.updatedAt = domain.pendingUntil;
    domain.pendingUntil = null;
  }
  if (domain.transfer && now >= domain.transfer.completesAt) {
    domain.expiresAt = addYears(domain.expiresAt, 1);
    domain.updatedAt = domain.transfer.completesAt;
    domain.transfer = null;
  }
  // Auto-renew renews on the expiry date, a year at a time, for as long as the clock ran past it.
  if (domain.auto_renew && domain.status !== 'pending') {
    while (domain.expiresAt <= now) {
      domain.updatedAt = domain.expiresAt;
      domain.expiresAt = addYears(domain.expiresAt, 1);
    }
  }
  if (domain.status === 'expired' && domain.expiresAt > now) domain.status = 'active';
  if (domain.status !== 'pending' && domain.status !== 'expired' && domain.expiresAt <= now) domain.status = 'expired';
}

/** Addresses from the documentation ranges (RFC 5737 / RFC 3849), spread by server id. */
export function ipv4For(id: number): string {
  const blocks = ['203.0.113', '198.51.100', '192.0.2'];
  return `${blocks[id % blocks.length]}.${(Math.floor(id / blocks.length) % 253) + 1}`;
}

export function ipv6For(id: number): string {
  return `2001:db8::${id.toString(16)}`;
}

export function addYears(ms: number, years: number): number {
  const date = new Date(ms);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.getTime();
}

export const DAY_MS = 86_400_000;

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
