// Schemas for what the app sends to VPS.org, from the provider's pages. The IPC contract
// validates renderer input with them, and the CLI its arguments; record values get the
// per-type checks of dns-validation.ts on top. Messages a person reads are in the active
// language, looked up when an issue is reported (valibot takes a function for a message).
import * as v from 'valibot';
import { DOMAIN_STATUSES, RECORD_TYPES, SERVER_FILTER_STATUSES } from './api-types';
import { m } from './i18n';

const id = v.pipe(v.number(), v.integer(), v.minValue(1));
const text = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(255));

export const ServerIdSchema = id;
export const DomainIdSchema = id;
export const UuidSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(100), v.regex(/^[A-Za-z0-9-]+$/, 'not a valid id'));

export const ServerNameSchema = v.pipe(
  v.string(),
  v.minLength(1, m.input_server_name_required),
  v.maxLength(63, m.input_server_name_long),
  v.regex(/^[A-Za-z0-9-]+$/, m.input_server_name_chars),
);

export const ServerCreateSchema = v.strictObject({
  name: ServerNameSchema,
  plan_id: id,
  os_id: id,
  location: text,
  hostname: v.optional(text),
  ssh_key_id: v.optional(id),
  backups_enabled: v.optional(v.boolean()),
});

export const ServerReplaceSchema = v.strictObject({
  name: ServerNameSchema,
  hostname: text,
  backups_enabled: v.boolean(),
});

export const ServerPatchSchema = v.pipe(
  v.strictObject({
    name: v.optional(ServerNameSchema),
    hostname: v.optional(text),
    backups_enabled: v.optional(v.boolean()),
  }),
  v.check((p) => Object.keys(p).length > 0, m.input_change_something),
);

export const ServerListFilterSchema = v.strictObject({
  status: v.optional(v.picklist(SERVER_FILTER_STATUSES)),
  location: v.optional(text),
});

export const PowerActionSchema = v.picklist(['start', 'stop', 'reboot']);

export const DomainNameSchema = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.regex(/^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/, m.input_domain_name),
);

const nameservers = v.pipe(
  v.array(v.pipe(v.string(), v.trim(), v.minLength(1))),
  v.minLength(2, m.input_nameservers),
  v.maxLength(4, m.input_nameservers),
);

export const DomainRegisterSchema = v.strictObject({
  domain_name: DomainNameSchema,
  years: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1, m.input_years), v.maxValue(10, m.input_years))),
  auto_renew: v.optional(v.boolean()),
  privacy_protection: v.optional(v.boolean()),
  nameservers: v.optional(nameservers),
});

export const DomainUpdateSchema = v.strictObject({
  auto_renew: v.optional(v.boolean()),
  privacy_protection: v.optional(v.boolean()),
  nameservers: v.optional(nameservers),
  locked: v.optional(v.boolean()),
});

export const DomainListFilterSchema = v.strictObject({
  status: v.optional(v.picklist(DOMAIN_STATUSES)),
  search: v.optional(v.string()),
});

export const DomainTransferSchema = v.strictObject({
  auth_code: v.pipe(v.string(), v.minLength(1, m.input_auth_code), v.maxLength(255)),
  auto_renew: v.optional(v.boolean()),
});

export const RecordTypeSchema = v.picklist(RECORD_TYPES);

export const DnsRecordSchema = v.strictObject({
  record_type: RecordTypeSchema,
  name: v.pipe(v.string(), v.trim(), v.minLength(1, m.input_record_name), v.maxLength(253)),
  value: v.pipe(v.string(), v.trim(), v.minLength(1, m.input_record_value), v.maxLength(4096)),
  ttl: v.optional(v.pipe(v.number(), v.integer(m.input_ttl_whole), v.minValue(1, m.input_ttl_positive))),
  priority: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(65535))),
});

export const DnsRecordPatchSchema = v.pipe(
  v.strictObject({
    record_type: v.optional(RecordTypeSchema),
    name: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(253))),
    value: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(4096))),
    ttl: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1, m.input_ttl_positive))),
    priority: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(65535)))),
  }),
  v.check((p) => Object.keys(p).length > 0, m.input_change_something),
);
