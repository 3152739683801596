// The demo account, relative to the moment the simulator starts: servers in every everyday
// state, domains that expire soon (and one that already has), and zones with records of
// every type. generate*() adds synthetic bulk for the 1,000- and 10,000-item tests.
import type { RecordType, ServerStatus } from '@shared/api-types';
import { LOCATIONS, OS_IMAGES, PLANS } from '@shared/catalog';
import { TLD_PRICES } from '@shared/pricing';
import { addYears, DAY_MS, ipv4For, ipv6For, VPS_NAMESERVERS, type SimAccount, type SimState, type SimZone } from './state';

export function demoAccount(now: number): SimAccount {
  return { email: 'demo@vps.example', first_name: 'Dana', last_name: 'Demo', company_name: 'Acme Demo Ltd.', createdAt: now - 400 * DAY_MS };
}

interface ServerSeed {
  name: string;
  status: ServerStatus;
  location: string;
  planId: number;
  osId: number;
  backups: boolean;
  ageDays: number;
}

const DEMO_SERVERS: ServerSeed[] = [
  { name: 'web-01', status: 'active', location: 'us-west', planId: 1, osId: 5, backups: true, ageDays: 310 },
  { name: 'web-02', status: 'active', location: 'us-east', planId: 1, osId: 5, backups: true, ageDays: 250 },
  { name: 'db-01', status: 'active', location: 'us-east', planId: 2, osId: 3, backups: true, ageDays: 300 },
  { name: 'cache-01', status: 'active', location: 'eu-central', planId: 1, osId: 3, backups: false, ageDays: 120 },
  { name: 'worker-01', status: 'active', location: 'ap-southeast', planId: 3, osId: 1, backups: false, ageDays: 45 },
  { name: 'mail-01', status: 'active', location: 'eu-central', planId: 1, osId: 3, backups: true, ageDays: 200 },
  { name: 'staging', status: 'stopped', location: 'us-west', planId: 1, osId: 5, backups: false, ageDays: 90 },
  { name: 'legacy-01', status: 'suspended', location: 'eu-central', planId: 2, osId: 2, backups: false, ageDays: 700 },
];

interface DomainSeed {
  name: string;
  expiresInDays: number;
  auto_renew: boolean;
  locked: boolean;
  privacy: boolean;
  nameservers?: string[];
}

const DEMO_DOMAINS: DomainSeed[] = [
  { name: 'acme-shop.com', expiresInDays: 3, auto_renew: false, locked: true, privacy: true },
  { name: 'acme-api.io', expiresInDays: 10, auto_renew: true, locked: true, privacy: true },
  { name: 'acme-labs.dev', expiresInDays: 25, auto_renew: false, locked: false, privacy: false },
  { name: 'acme.co', expiresInDays: 60, auto_renew: true, locked: true, privacy: true },
  { name: 'acme-corp.net', expiresInDays: 400, auto_renew: false, locked: true, privacy: true, nameservers: ['ns1.cloudflare.com', 'ns2.cloudflare.com'] },
  { name: 'acme-promo.org', expiresInDays: -2, auto_renew: false, locked: false, privacy: false },
];

type RecordSeed = [RecordType, string, string, number | null];

export function seedDemoData(state: SimState, now: number): void {
  for (const seed of DEMO_SERVERS) {
    const id = state.newServerId();
    const createdAt = now - seed.ageDays * DAY_MS;
    state.addServer({
      id,
      name: seed.name,
      hostname: `${seed.name.replace(/-/g, '')}.acme-shop.com`,
      status: seed.status,
      ip_address: ipv4For(id),
      ipv6_address: ipv6For(id),
      location: seed.location,
      planId: seed.planId,
      osId: seed.osId,
      backups_enabled: seed.backups,
      createdAt,
      updatedAt: createdAt + DAY_MS,
      transition: null,
    });
  }

  for (const seed of DEMO_DOMAINS) {
    const expiresAt = now + seed.expiresInDays * DAY_MS;
    const registeredAt = addYears(expiresAt, -2);
    state.addDomain({
      id: state.newDomainId(),
      domain_name: seed.name,
      status: seed.expiresInDays < 0 ? 'expired' : 'active',
      registeredAt,
      expiresAt,
      updatedAt: registeredAt + 30 * DAY_MS,
      auto_renew: seed.auto_renew,
      locked: seed.locked,
      nameservers: seed.nameservers ?? [...VPS_NAMESERVERS],
      privacy_protection: seed.privacy,
      pendingUntil: null,
      transfer: null,
    });
  }

  const webIp = ipv4For([...state.servers.keys()][0] ?? 1);
  const since = now - 200 * DAY_MS;
  addZone(state, 'acme-shop.com', since, [
    ['A', '@', webIp, null],
    ['A', 'www', webIp, null],
    ['AAAA', '@', '2001:db8::3039', null],
    ['CNAME', 'shop', 'acme-shop.com', null],
    ['MX', '@', 'mail.acme-shop.com', 10],
    ['MX', '@', 'mail2.acme-shop.com', 20],
    ['TXT', '@', 'v=spf1 include:_spf.google.com ~all', null],
    ['NS', '@', 'ns1.vps.org', null],
    ['NS', '@', 'ns2.vps.org', null],
    ['SRV', '_sip._tcp', '5 5060 sip.acme-shop.com', 10],
    ['CAA', '@', '0 issue "letsencrypt.org"', null],
  ]);
  addZone(state, 'acme-api.io', since + DAY_MS, [
    ['A', 'api', webIp, null],
    ['CNAME', 'docs', 'acme-api.io', null],
    ['TXT', '_acme-challenge', 'dGhpcyBpcyBhIGRlbW8gdG9rZW4', null],
  ]);
  addZone(state, 'acme-labs.dev', since + 2 * DAY_MS, [
    ['A', '@', '198.51.100.7', null],
    ['MX', '@', 'mx.acme-labs.dev', 5],
  ]);
}

function addZone(state: SimState, domain: string, createdAt: number, records: RecordSeed[]): SimZone {
  const zone = state.addZone({ uuid: state.newUuid(), domain, createdAt });
  records.forEach(([record_type, name, value, priority], i) => {
    state.addRecord({ uuid: state.newUuid(), zone: zone.uuid, record_type, name, value, ttl: 3600, priority, createdAt: createdAt + i * 60_000 });
  });
  return zone;
}

const SERVER_ROLES = ['web', 'api', 'db', 'cache', 'worker', 'edge', 'build', 'mail'];
const DOMAIN_WORDS = ['north', 'river', 'maple', 'signal', 'harbor', 'orbit', 'pixel', 'cedar', 'summit', 'lumen'];
const TLDS = [...Object.keys(TLD_PRICES), 'xyz'];

/** Servers named by role and id, so names stay unique however often this runs. */
export function generateServers(state: SimState, count: number, now: number): void {
  for (let i = 0; i < count; i++) {
    const id = state.newServerId();
    const name = `${pick(SERVER_ROLES, i)}-${id}`;
    state.addServer({
      id,
      name,
      hostname: `${name}.example.net`,
      status: i % 10 === 9 ? 'stopped' : i % 50 === 25 ? 'suspended' : 'active',
      ip_address: ipv4For(id),
      ipv6_address: ipv6For(id),
      location: pick(LOCATIONS, i).code,
      planId: pick(PLANS, i).id,
      osId: pick(OS_IMAGES, i).id,
      backups_enabled: i % 3 === 0,
      createdAt: now - ((i % 365) + 1) * DAY_MS,
      updatedAt: now - (i % 30) * DAY_MS,
      transition: null,
    });
  }
}

/** Domains named by word and id, expiring on days spread over the next two years. */
export function generateDomains(state: SimState, count: number, now: number): void {
  for (let i = 0; i < count; i++) {
    const id = state.newDomainId();
    const expiresAt = now + (1 + ((i * 7919) % 730)) * DAY_MS + (i % 24) * 3_600_000;
    const registeredAt = addYears(expiresAt, -3);
    state.addDomain({
      id,
      domain_name: `${pick(DOMAIN_WORDS, i)}-${id}.${pick(TLDS, i)}`,
      status: 'active',
      registeredAt,
      expiresAt,
      updatedAt: registeredAt,
      auto_renew: i % 3 === 0,
      locked: true,
      nameservers: [...VPS_NAMESERVERS],
      privacy_protection: i % 2 === 0,
      pendingUntil: null,
      transfer: null,
    });
  }
}

function pick<T>(items: readonly T[], i: number): T {
  return items[i % items.length] as T;
}
