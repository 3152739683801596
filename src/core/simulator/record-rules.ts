// What makes a DNS record acceptable: the fields of a create, replace or patch request and
// the rules between them (MX and SRV need a priority; values fit their type).
import { isIPv4, isIPv6 } from 'node:net';
import { RECORD_TYPES, type RecordType } from '@shared/api-types';
import { has, optionalInt, requiredText, type Body } from './body-fields';
import { invalid } from './failures';

export interface RecordFields {
  record_type: RecordType;
  name: string;
  value: string;
  ttl: number;
  priority: number | null;
}

const DEFAULT_TTL = 3600;
const NEEDS_PRIORITY: ReadonlySet<RecordType> = new Set(['MX', 'SRV']);

/** The record a create or replace (PUT) body describes. */
export function recordFromBody(body: Body): RecordFields {
  return checkRecord({
    record_type: recordType(body),
    name: requiredText(body, 'name'),
    value: requiredText(body, 'value'),
    ttl: ttlField(body) ?? DEFAULT_TTL,
    priority: priorityField(body),
  });
}

/** The record after a PATCH: the given fields over the existing ones, checked as a whole. */
export function patchedRecord(existing: RecordFields, body: Body): RecordFields {
  return checkRecord({
    record_type: has(body, 'record_type') ? recordType(body) : existing.record_type,
    name: has(body, 'name') ? requiredText(body, 'name') : existing.name,
    value: has(body, 'value') ? requiredText(body, 'value') : existing.value,
    ttl: ttlField(body) ?? existing.ttl,
    priority: has(body, 'priority') ? priorityField(body) : existing.priority,
  });
}

function checkRecord(record: RecordFields): RecordFields {
  const { record_type: type, value } = record;
  if (NEEDS_PRIORITY.has(type) && record.priority === null) throw invalid(`${type} records require a priority value`, 'priority');
  if (type === 'A' && !isIPv4(value)) throw invalid('An A record needs an IPv4 address, like 192.0.2.1.', 'value');
  if (type === 'AAAA' && !isIPv6(value)) throw invalid('An AAAA record needs an IPv6 address, like 2001:db8::1.', 'value');
  if (type === 'SRV' && !/^\d+\s+\d+\s+\S+$/.test(value)) {
    throw invalid('An SRV value is "weight port target", like 5 5060 sip.example.com.', 'value');
  }
  if (type === 'CAA' && !/^\d{1,3}\s+(issue|issuewild|iodef)\s+\S.*$/.test(value)) {
    throw invalid('A CAA value is "flags tag value", like 0 issue "letsencrypt.org".', 'value');
  }
  return { ...record, priority: NEEDS_PRIORITY.has(type) ? record.priority : null };
}

function recordType(body: Body): RecordType {
  const type = requiredText(body, 'record_type');
  const known = RECORD_TYPES.find((t) => t === type);
  if (!known) throw invalid(`"${type}" is not a record type VPS.org supports; use one of ${RECORD_TYPES.join(', ')}.`, 'record_type');
  return known;
}

function ttlField(body: Body): number | undefined {
  const ttl = optionalInt(body, 'ttl');
  if (ttl !== undefined && ttl < 1) throw invalid('TTL must be a positive number of seconds.', 'ttl');
  return ttl;
}

function priorityField(body: Body): number | null {
  const priority = optionalInt(body, 'priority');
  if (priority === undefined) return null;
  if (priority < 0 || priority > 65535) throw invalid('Priority must be between 0 and 65535.', 'priority');
  return priority;
}
