// The DNS record form's text fields turned into what the API takes, checked per type with the
// shared validateRecord before anything is sent.
import type { DnsRecord, DnsRecordInput, RecordType } from '@shared/api-types';
import { m } from '@shared/i18n';
import { validateRecord } from '@shared/dns-validation';
import type { FieldErrors } from './form';

export interface RecordFormValues {
  record_type: RecordType;
  name: string;
  value: string;
  /** As typed; empty means the API's default. */
  ttl: string;
  priority: string;
}

export const DEFAULT_TTL = '3600';

export const VALUE_PLACEHOLDER: Record<RecordType, string> = {
  A: '192.0.2.1',
  AAAA: '2001:db8::1',
  CNAME: 'target.example.com',
  MX: 'mail.example.com',
  TXT: 'v=spf1 include:_spf.example.com ~all',
  NS: 'ns1.example.com',
  SRV: '5 5060 sip.example.com',
  CAA: '0 issue "letsencrypt.org"',
};

export const VALUE_HINT: Record<RecordType, () => string> = {
  A: m.hint_a,
  AAAA: m.hint_aaaa,
  CNAME: m.hint_cname,
  MX: m.hint_mx,
  TXT: m.hint_txt,
  NS: m.hint_ns,
  SRV: m.hint_srv,
  CAA: m.hint_caa,
};

export function takesPriority(type: RecordType): boolean {
  return type === 'MX' || type === 'SRV';
}

export function emptyRecordForm(): RecordFormValues {
  return { record_type: 'A', name: '', value: '', ttl: DEFAULT_TTL, priority: '' };
}

export function recordFormFrom(record: DnsRecord): RecordFormValues {
  return {
    record_type: record.record_type,
    name: record.name,
    value: record.value,
    ttl: String(record.ttl),
    priority: record.priority === null || record.priority === undefined ? '' : String(record.priority),
  };
}

/** A typed number, or NaN for anything that is not one (validateRecord then names the field). */
function numberOrEmpty(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

export function readRecordForm(values: RecordFormValues): { ok: true; record: DnsRecordInput } | { ok: false; errors: FieldErrors } {
  const ttl = numberOrEmpty(values.ttl);
  const priority = takesPriority(values.record_type) ? numberOrEmpty(values.priority) : undefined;
  const record: DnsRecordInput = {
    record_type: values.record_type,
    name: values.name.trim(),
    value: values.value.trim(),
    ...(ttl === undefined ? {} : { ttl }),
    ...(priority === undefined ? {} : { priority }),
  };
  const problems = validateRecord(record);
  if (problems.length === 0) return { ok: true, record };
  const errors: FieldErrors = {};
  for (const problem of problems) errors[problem.field] ??= problem.message;
  return { ok: false, errors };
}
