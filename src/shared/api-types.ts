// The VPS.org API's resources and request bodies, as the provider's pages describe them.
// Pure types: the main process validates responses into these shapes (src/core/api/schemas.ts)
// and everything else, the renderer included, reads them.

export type ServerStatus =
  | 'active'
  | 'stopped'
  | 'suspended'
  | 'provisioning'
  | 'starting'
  | 'stopping'
  | 'rebooting';

/** The statuses a server list can be filtered by (GET /servers/?status=). */
export const SERVER_FILTER_STATUSES = ['active', 'stopped', 'suspended'] as const satisfies readonly ServerStatus[];

export interface Plan {
  id: number;
  name: string;
  vcpus: number;
  /** MiB */
  memory: number;
  /** GB */
  storage: number;
  /** GB per month; only on server details */
  bandwidth?: number;
}

export interface Os {
  id: number;
  name: string;
}

export interface Server {
  id: number;
  name: string;
  hostname: string | null;
  status: ServerStatus;
  ip_address: string | null;
  location: string;
  plan: Plan;
  os: Os;
  created_at: string;
  updated_at: string;
}

export interface ResourceUsage {
  cpu_percent: number;
  /** MiB, out of plan.memory */
  memory_used: number;
  /** GB, out of plan.storage */
  disk_used: number;
  /** GB this month, out of plan.bandwidth */
  bandwidth_used: number;
}

export interface ServerDetail extends Server {
  ipv6_address?: string | null;
  backups_enabled?: boolean;
  resource_usage?: ResourceUsage;
}

export interface ServerCreated extends ServerDetail {
  message?: string;
}

export interface ServerCreateInput {
  name: string;
  plan_id: number;
  os_id: number;
  location: string;
  hostname?: string;
  ssh_key_id?: number;
  backups_enabled?: boolean;
}

export interface ServerReplaceInput {
  name: string;
  hostname: string;
  backups_enabled: boolean;
}

export type ServerPatchInput = Partial<ServerReplaceInput>;

export interface ServerListFilter {
  status?: 'active' | 'stopped' | 'suspended';
  location?: string;
}

export type PowerAction = 'start' | 'stop' | 'reboot';

export interface PowerResult {
  status: 'success';
  message: string;
  server: { id: number; name: string; status: ServerStatus };
}

export const DOMAIN_STATUSES = ['active', 'pending', 'expired', 'locked'] as const;
export type DomainStatus = (typeof DOMAIN_STATUSES)[number];

export interface Domain {
  id: number;
  domain_name: string;
  status: DomainStatus;
  registration_date?: string;
  expiration_date: string;
  auto_renew: boolean;
  locked?: boolean;
  nameservers?: string[];
  privacy_protection?: boolean;
  /** "vps.org" or "external" */
  dns_managed_by?: string;
}

export interface WhoisInfo {
  registrant?: string;
  admin_contact?: string;
  tech_contact?: string;
  created_date?: string;
  updated_date?: string;
}

export interface DomainDetail extends Domain {
  registrar?: string;
  /** Unreliable in the provider's own example: derive days from expiration_date. */
  days_until_expiration?: number;
  whois_info?: WhoisInfo;
  dns_records_count?: number;
}

export interface DomainRegistered extends Domain {
  total_cost?: number;
  message?: string;
}

export interface DomainListFilter {
  status?: DomainStatus;
  search?: string;
}

export interface DomainRegisterInput {
  domain_name: string;
  years?: number;
  auto_renew?: boolean;
  privacy_protection?: boolean;
  nameservers?: string[];
}

export interface DomainUpdateInput {
  auto_renew?: boolean;
  privacy_protection?: boolean;
  nameservers?: string[];
  locked?: boolean;
}

export interface DomainUpdated {
  id: number;
  domain_name: string;
  status?: DomainStatus;
  auto_renew?: boolean;
  nameservers?: string[];
  privacy_protection?: boolean;
  locked?: boolean;
  message?: string;
}

export interface DomainTransferInput {
  auth_code: string;
  auto_renew?: boolean;
}

export interface DomainTransferStarted {
  id: number;
  domain_name: string;
  transfer_status: string;
  transfer_initiated_at?: string;
  estimated_completion?: string;
  message?: string;
  next_steps?: string[];
}

export const RECORD_TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'NS', 'SRV', 'CAA'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export interface DnsZone {
  uuid: string;
  domain: string;
  created_at: string;
  record_count: number;
}

export interface DnsRecord {
  uuid: string;
  /** zone uuid; present on the direct /dns-records/ routes */
  zone?: string;
  record_type: RecordType;
  /** "@" for the apex, a label, or an FQDN */
  name: string;
  value: string;
  ttl: number;
  priority?: number | null;
  created_at?: string;
}

export interface DnsZoneDetail extends DnsZone {
  records: DnsRecord[];
}

export interface DnsRecordInput {
  record_type: RecordType;
  name: string;
  value: string;
  ttl?: number;
  priority?: number;
}

export interface DnsRecordPatchInput {
  record_type?: RecordType;
  name?: string;
  value?: string;
  ttl?: number;
  priority?: number | null;
}

export interface DnsRecordFilter {
  zone?: string;
  record_type?: RecordType;
}

export interface AccountMe {
  account: {
    email: string;
    first_name?: string | null;
    last_name?: string | null;
    company_name?: string | null;
    created_at?: string;
  };
  token: {
    name: string;
    permissions: string[];
    created_at?: string;
    last_used_at?: string | null;
    expires_at?: string | null;
    is_expired: boolean;
  };
}
