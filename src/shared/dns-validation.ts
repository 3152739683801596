// Checks a DNS record before it is sent, the same way in the window, the IPC handlers and the
// CLI. Each error names the field and says what to type, in the active language. Values and
// names are checked trimmed, as the input schemas trim them before sending.
import { RECORD_TYPES, type RecordType } from './api-types';
import { m } from './i18n';

export type RecordField = 'record_type' | 'name' | 'value' | 'ttl' | 'priority';

export interface FieldError {
  field: RecordField;
  message: string;
}

export interface RecordDraft {
  record_type: string;
  name: string;
  value: string;
  ttl?: number | null;
  priority?: number | null;
}

const MAX_TTL = 2_147_483_647; // RFC 2181 §8
const MAX_TXT_LENGTH = 4096;
const MAX_U16 = 65_535;

const IPV4_OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${IPV4_OCTET}(?:\\.${IPV4_OCTET}){3}$`);
const HOST_LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;
// Record names (and CNAME targets such as certificate-validation names) may use underscores:
// _dmarc, _sip._tcp, _acme-challenge.
const DNS_LABEL = /^(?!-)[A-Za-z0-9_-]{1,63}(?<!-)$/;

export function isIPv4(text: string): boolean {
  return IPV4.test(text);
}

/** Full, compressed ("::") and IPv4-suffixed ("::ffff:192.0.2.1") forms. */
export function isIPv6(text: string): boolean {
  if (!/^[0-9A-Fa-f:.]+$/.test(text)) return false;
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((half) => (half === '' ? [] : half.split(':')));
  let count = 0;
  for (const [index, group] of groups.entries()) {
    if (group.includes('.')) {
      if (index !== groups.length - 1 || !text.endsWith(group) || !isIPv4(group)) return false;
      count += 2;
    } else if (/^[0-9A-Fa-f]{1,4}$/.test(group)) {
      count += 1;
    } else {
      return false;
    }
  }
  return halves.length === 2 ? count <= 7 : count === 8;
}

function isDomainName(text: string, label: RegExp): boolean {
  const name = text.endsWith('.') ? text.slice(0, -1) : text;
  return name.length > 0 && name.length <= 253 && name.split('.').every((part) => label.test(part));
}

// A target whose last label is all digits is an IP address typed where a name belongs; no
// top-level domain is numeric (RFC 3696 §2).
function isTarget(text: string, label: RegExp): boolean {
  return isDomainName(text, label) && !/(^|\.)\d+\.?$/.test(text);
}

/** Labels of 1-63 letters, digits and inner hyphens, 253 characters in all, optional final dot. */
export function isHostname(text: string): boolean {
  return isTarget(text, HOST_LABEL);
}

function isRecordName(text: string): boolean {
  if (text === '@' || text === '*') return true;
  return isDomainName(text.startsWith('*.') ? text.slice(2) : text, DNS_LABEL);
}

function isUint(text: string, max: number): boolean {
  return /^\d{1,10}$/.test(text) && Number(text) <= max;
}

function isRecordType(text: string): text is RecordType {
  return (RECORD_TYPES as readonly string[]).includes(text);
}


function srvError(value: string): string | null {
  const parts = value.split(/\s+/);
  const [weight = '', port = '', target = ''] = parts;
  if (parts.length !== 3) return m.dns_srv_parts();
  if (!isUint(weight, MAX_U16)) return m.dns_srv_weight();
  if (!isUint(port, MAX_U16)) return m.dns_srv_port();
  // "." is the RFC 2782 way to say the service is not offered here.
  if (target !== '.' && !isHostname(target)) return m.dns_srv_target();
  return null;
}

function caaError(value: string): string | null {
  const match = /^(\S+)\s+(\S+)\s+(.+)$/s.exec(value);
  if (!match) return m.dns_caa_parts();
  const [, flags = '', tag = '', tagValue = ''] = match;
  if (!isUint(flags, 255)) return m.dns_caa_flags();
  if (!/^[A-Za-z0-9]{1,15}$/.test(tag)) return m.dns_caa_tag();
  if (tagValue.startsWith('"') !== tagValue.endsWith('"') || tagValue === '"') {
    return m.dns_caa_quotes();
  }
  if (!tagValue.startsWith('"') && /\s/.test(tagValue)) return m.dns_caa_spaces();
  return null;
}

function valueError(type: RecordType, value: string): string | null {
  switch (type) {
    case 'A':
      return isIPv4(value) ? null : m.dns_a_value();
    case 'AAAA':
      return isIPv6(value) ? null : m.dns_aaaa_value();
    case 'CNAME':
      return isTarget(value, DNS_LABEL) ? null : m.dns_cname_target();
    case 'NS':
      return isHostname(value) ? null : m.dns_ns_target();
    case 'MX':
      if (/^\d+\s+\S+$/.test(value)) return m.dns_mx_priority_in_value();
      return isHostname(value) ? null : m.dns_mx_target();
    case 'TXT':
      if (value === '') return m.dns_txt_empty();
      return value.length <= MAX_TXT_LENGTH ? null : m.dns_txt_long({ max: MAX_TXT_LENGTH, length: value.length });
    case 'SRV':
      return srvError(value);
    case 'CAA':
      return caaError(value);
  }
}

function priorityError(type: RecordType, priority: number | null | undefined): string | null {
  const needsPriority = type === 'MX' || type === 'SRV';
  if (priority === undefined || priority === null) {
    return needsPriority ? m.dns_priority_needed({ type }) : null;
  }
  if (!needsPriority) return m.dns_priority_unused();
  return Number.isInteger(priority) && priority >= 0 && priority <= MAX_U16 ? null : m.dns_priority_range();
}

/** Every problem with the record, field by field; an empty list means it can be sent. */
export function validateRecord(record: RecordDraft): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: RecordField, message: string | null): void => {
    if (message !== null) errors.push({ field, message });
  };
  const type = record.record_type;

  if (!isRecordType(type)) add('record_type', m.dns_choose_type({ types: RECORD_TYPES.join(', ') }));
  add('name', isRecordName(record.name.trim()) ? null : m.dns_name());
  if (isRecordType(type)) {
    add('value', valueError(type, record.value.trim()));
    add('priority', priorityError(type, record.priority));
  }
  if (record.ttl !== undefined && record.ttl !== null && !(Number.isInteger(record.ttl) && record.ttl >= 1 && record.ttl <= MAX_TTL)) {
    add('ttl', m.dns_ttl());
  }
  return errors;
}
