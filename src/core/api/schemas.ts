// Every VPS.org response is checked here before the rest of the app sees it. Fields the pages
// do not document are tolerated and dropped: the provider adds fields over time, and one we do
// not know (a token prefix in /account/me/, say) must not reach the disk or the window. A
// missing or mistyped required field is a `bad_response` naming the field. Schemas are built
// once, at module load.
import * as v from 'valibot';
import {
  RECORD_TYPES,
  type AccountMe,
  type DnsRecord,
  type DnsZone,
  type DnsZoneDetail,
  type Domain,
  type DomainDetail,
  type DomainRegistered,
  type DomainTransferStarted,
  type DomainUpdated,
  type PowerResult,
  type Server,
  type ServerCreated,
  type ServerDetail,
} from '@shared/api-types';
import { VpsError } from '@shared/errors';
import { INVALID, compileParse, type Parse } from './compiled-check';
import { safeError } from './http-errors';

/** A schema, its compiled parser, and how messages describe one value of it ("a server"). */
export interface Shape<T> {
  readonly schema: v.GenericSchema<unknown, T>;
  readonly parse: Parse;
  readonly label: string;
}

function shape<T>(label: string, schema: v.GenericSchema<unknown, T>): Shape<T> {
  return { label, schema, parse: compileParse(schema) };
}

const str = v.string();
const num = v.number();
const bool = v.boolean();
const optStr = v.optional(str);
const optNum = v.optional(num);
const optBool = v.optional(bool);
const optNullableStr = v.optional(v.nullable(str));
const stringList = v.array(str);

const serverStatus = v.picklist(['active', 'stopped', 'suspended', 'provisioning', 'starting', 'stopping', 'rebooting']);
const domainStatus = v.picklist(['active', 'pending', 'expired', 'locked']);

const planEntries = {
  id: num,
  name: str,
  vcpus: num,
  memory: num,
  storage: num,
  bandwidth: optNum,
};

const serverEntries = {
  id: num,
  name: str,
  // The pages list these as nullable and leave them out of the required fields.
  hostname: v.nullish(str, null),
  status: serverStatus,
  ip_address: v.nullish(str, null),
  location: str,
  plan: v.object(planEntries),
  os: v.object({ id: num, name: str }),
  created_at: str,
  updated_at: str,
};

const serverDetailEntries = {
  ...serverEntries,
  ipv6_address: optNullableStr,
  backups_enabled: optBool,
  resource_usage: v.optional(v.object({ cpu_percent: num, memory_used: num, disk_used: num, bandwidth_used: num })),
};

const domainEntries = {
  id: num,
  domain_name: str,
  status: domainStatus,
  registration_date: optStr,
  expiration_date: str,
  auto_renew: bool,
  locked: optBool,
  nameservers: v.optional(stringList),
  privacy_protection: optBool,
  dns_managed_by: optStr,
};

const zoneEntries = { uuid: str, domain: str, created_at: str, record_count: num };

const recordSchema = v.object({
  uuid: str,
  zone: optStr,
  record_type: v.picklist(RECORD_TYPES),
  name: str,
  value: str,
  ttl: num,
  priority: v.optional(v.nullable(num)),
  created_at: optStr,
});

export const SERVER = shape<Server>('a server', v.object(serverEntries));
export const SERVER_DETAIL = shape<ServerDetail>('a server', v.object(serverDetailEntries));
export const SERVER_CREATED = shape<ServerCreated>(
  'a new server',
  v.object({ ...serverDetailEntries, message: optStr }),
);
export const POWER_RESULT = shape<PowerResult>(
  'a power action result',
  v.object({
    status: v.literal('success'),
    message: str,
    server: v.object({ id: num, name: str, status: serverStatus }),
  }),
);

export const DOMAIN = shape<Domain>('a domain', v.object(domainEntries));
export const DOMAIN_DETAIL = shape<DomainDetail>(
  'a domain',
  v.object({
    ...domainEntries,
    registrar: optStr,
    days_until_expiration: optNum,
    whois_info: v.optional(
      v.object({ registrant: optStr, admin_contact: optStr, tech_contact: optStr, created_date: optStr, updated_date: optStr }),
    ),
    dns_records_count: optNum,
  }),
);
export const DOMAIN_REGISTERED = shape<DomainRegistered>(
  'a new domain',
  v.object({ ...domainEntries, total_cost: optNum, message: optStr }),
);
export const DOMAIN_UPDATED = shape<DomainUpdated>(
  'an updated domain',
  v.object({
    id: num,
    domain_name: str,
    status: v.optional(domainStatus),
    auto_renew: optBool,
    nameservers: v.optional(stringList),
    privacy_protection: optBool,
    locked: optBool,
    message: optStr,
  }),
);
export const DOMAIN_TRANSFER = shape<DomainTransferStarted>(
  'a domain transfer',
  v.object({
    id: num,
    domain_name: str,
    transfer_status: str,
    transfer_initiated_at: optStr,
    estimated_completion: optStr,
    message: optStr,
    next_steps: v.optional(stringList),
  }),
);

export const DNS_ZONE = shape<DnsZone>('a DNS zone', v.object(zoneEntries));
export const DNS_ZONE_DETAIL = shape<DnsZoneDetail>(
  'a DNS zone',
  v.object({ ...zoneEntries, records: v.array(recordSchema) }),
);
export const DNS_RECORD = shape<DnsRecord>('a DNS record', recordSchema);

export const ACCOUNT_ME = shape<AccountMe>(
  'account details',
  v.object({
    account: v.object({
      email: str,
      first_name: optNullableStr,
      last_name: optNullableStr,
      company_name: optNullableStr,
      created_at: optStr,
    }),
    token: v.object({
      name: str,
      permissions: stringList,
      created_at: optStr,
      last_used_at: optNullableStr,
      expires_at: optNullableStr,
      is_expired: bool,
    }),
  }),
);

/** "plan.memory", "records[2].ttl": the issue's path as a person would write it. */
function fieldPath(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'number') path += `[${key}]`;
    else path += path === '' ? String(key) : `.${String(key)}`;
  }
  return path;
}

function describeIssue(issue: v.BaseIssue<unknown>, label: string): string {
  const path = fieldPath(issue);
  if (path === '') return `VPS.org sent something that is not ${label}.`;
  const last = issue.path?.at(-1);
  const missing = last?.type === 'object' && last.origin === 'key';
  return missing ? `VPS.org sent ${label} without '${path}'.` : `VPS.org sent ${label} with an invalid '${path}'.`;
}

/** The validated value, or a thrown VpsError of kind `bad_response` naming the field. */
export function parseAs<T>(shape: Shape<T>, data: unknown): T {
  if (data === undefined) throw new VpsError(safeError('bad_response', `VPS.org sent an empty reply where ${shape.label} was expected.`));
  const parsed = shape.parse(data);
  if (parsed !== INVALID) return parsed as T;
  const result = v.safeParse(shape.schema, data, { abortEarly: true });
  if (result.success) return result.output;
  throw new VpsError(safeError('bad_response', describeIssue(result.issues[0], shape.label)));
}
