import { describe, expect, it } from 'vitest';
import { isIPv4, isIPv6, isHostname, isIpLiteral, validatePatch, validateRecord, type RecordDraft } from './dns-validation';

const fieldsOf = (record: RecordDraft): string[] => validateRecord(record).map((e) => e.field);
const rec = (record_type: string, value: string, extra: Partial<RecordDraft> = {}): RecordDraft => ({ record_type, name: '@', value, ...extra });

describe('validateRecord: good records pass', () => {
  it.each<[string, RecordDraft]>([
    ['A', rec('A', '192.0.2.1')],
    ['A 0.0.0.0', rec('A', '0.0.0.0')],
    ['A 255.255.255.255 padded', rec('A', ' 255.255.255.255 ')],
    ['AAAA compressed', rec('AAAA', '2001:0db8::1')],
    ['AAAA full', rec('AAAA', '2001:0db8:0000:0000:0000:ff00:0042:8329')],
    ['AAAA loopback', rec('AAAA', '::1')],
    ['AAAA unspecified', rec('AAAA', '::')],
    ['AAAA trailing ::', rec('AAAA', 'fe80::')],
    ['AAAA IPv4-mapped', rec('AAAA', '::ffff:192.0.2.1')],
    ['AAAA full with IPv4 suffix', rec('AAAA', '64:ff9b:0:0:0:0:192.0.2.33')],
    ['AAAA upper case', rec('AAAA', '2001:DB8::ABCD')],
    ['CNAME', rec('CNAME', 'example.com', { name: 'www' })],
    ['CNAME trailing dot', rec('CNAME', 'target.example.com.', { name: 'www' })],
    ['CNAME validation target', rec('CNAME', '_x2.acm-validations.aws.', { name: '_abc123' })],
    ['MX', rec('MX', 'mail.example.com', { priority: 10 })],
    ['MX priority 0', rec('MX', 'mail.example.com', { priority: 0 })],
    ['TXT SPF', rec('TXT', 'v=spf1 include:_spf.google.com ~all')],
    ['TXT 4096 chars', rec('TXT', 'k'.repeat(4096), { name: 'dkim._domainkey' })],
    ['TXT > 255 chars', rec('TXT', 'v=DKIM1; k=rsa; p=' + 'A'.repeat(400), { name: 'selector1._domainkey' })],
    ['NS', rec('NS', 'ns1.example.com', { name: 'sub' })],
    ['SRV', rec('SRV', '10 5060 sip.example.com', { name: '_sip._tcp', priority: 10 })],
    ['SRV no service', rec('SRV', '0 0 .', { name: '_imap._tcp', priority: 0 })],
    ['CAA issue', rec('CAA', '0 issue "letsencrypt.org"')],
    ['CAA iodef', rec('CAA', '128 iodef "mailto:security@example.com"')],
    ['CAA no issuer', rec('CAA', '0 issuewild ";"')],
    ['CAA unquoted', rec('CAA', '0 issue letsencrypt.org')],
    ['wildcard name', rec('A', '192.0.2.1', { name: '*' })],
    ['wildcard label', rec('A', '192.0.2.1', { name: '*.dev' })],
    ['dotted name', rec('A', '192.0.2.1', { name: 'api.eu-west' })],
    ['FQDN name', rec('A', '192.0.2.1', { name: 'www.example.com.' })],
    ['TTL given', rec('A', '192.0.2.1', { ttl: 3600 })],
    ['TTL null', rec('A', '192.0.2.1', { ttl: null, priority: null })],
  ])('%s', (_label, record) => {
    expect(validateRecord(record)).toEqual([]);
  });
});

describe('validateRecord: bad records say what to type', () => {
  it.each<[string, RecordDraft, string, RegExp]>([
    ['unknown type', rec('PTR', 'host.example.com'), 'record_type', /Choose a record type: A, AAAA, CNAME, MX, TXT, NS, SRV, CAA/],
    ['lower-case type', rec('a', '192.0.2.1'), 'record_type', /Choose a record type/],
    ['A octet > 255', rec('A', '192.0.2.256'), 'value', /^Enter an IPv4 address like 192\.0\.2\.1\.$/],
    ['A three octets', rec('A', '192.0.2'), 'value', /IPv4/],
    ['A leading zero', rec('A', '192.0.02.1'), 'value', /IPv4/],
    ['A IPv6', rec('A', '2001:db8::1'), 'value', /IPv4/],
    ['A host name', rec('A', 'example.com'), 'value', /IPv4/],
    ['A empty', rec('A', '  '), 'value', /IPv4/],
    ['AAAA IPv4', rec('AAAA', '192.0.2.1'), 'value', /^Enter an IPv6 address like 2001:db8::1\.$/],
    ['AAAA two ::', rec('AAAA', '2001::db8::1'), 'value', /IPv6/],
    ['AAAA group too long', rec('AAAA', '2001:db8::12345'), 'value', /IPv6/],
    ['AAAA not hex', rec('AAAA', '2001:db8::g1'), 'value', /IPv6/],
    ['AAAA too few groups', rec('AAAA', '2001:db8:1:2:3:4:5'), 'value', /IPv6/],
    ['AAAA too many groups', rec('AAAA', '1:2:3:4:5:6:7:8:9'), 'value', /IPv6/],
    ['AAAA :: with 8 groups', rec('AAAA', '1:2:3:4::5:6:7:8'), 'value', /IPv6/],
    ['AAAA IPv4 not last', rec('AAAA', '::192.0.2.1:1'), 'value', /IPv6/],
    ['AAAA IPv4 then ::', rec('AAAA', '1.2.3.4::'), 'value', /IPv6/],
    ['AAAA single colon start', rec('AAAA', ':1:2:3:4:5:6:7'), 'value', /IPv6/],
    ['AAAA zone id', rec('AAAA', 'fe80::1%eth0'), 'value', /IPv6/],
    ['CNAME with spaces', rec('CNAME', 'my host.com', { name: 'www' }), 'value', /points to, like target\.example\.com/],
    ['CNAME URL', rec('CNAME', 'https://example.com', { name: 'www' }), 'value', /like target\.example\.com/],
    ['CNAME label starts with hyphen', rec('CNAME', '-bad.example.com', { name: 'www' }), 'value', /target/],
    ['CNAME label > 63', rec('CNAME', `${'a'.repeat(64)}.com`, { name: 'www' }), 'value', /target/],
    ['CNAME > 253', rec('CNAME', Array.from({ length: 64 }, () => 'abc').join('.'), { name: 'www' }), 'value', /target/],
    ['CNAME an IP', rec('CNAME', '192.0.2.1', { name: 'www' }), 'value', /target/],
    ['CNAME empty label', rec('CNAME', 'a..b', { name: 'www' }), 'value', /target/],
    ['NS an IP', rec('NS', '192.0.2.1.', { name: 'sub' }), 'value', /Enter a name server host name, like ns1\.example\.com\./],
    ['NS underscore', rec('NS', 'ns_1.example.com', { name: 'sub' }), 'value', /name server/],
    ['MX without priority', rec('MX', 'mail.example.com'), 'priority', /MX records need a priority: enter a whole number from 0 to 65535, like 10\./],
    ['MX priority in value', rec('MX', '10 mail.example.com', { priority: 10 }), 'value', /priority in its own field/],
    ['MX bad host', rec('MX', 'mail!.example.com', { priority: 10 }), 'value', /mail server's host name/],
    ['MX priority too big', rec('MX', 'mail.example.com', { priority: 65536 }), 'priority', /0 to 65535/],
    ['MX priority negative', rec('MX', 'mail.example.com', { priority: -1 }), 'priority', /0 to 65535/],
    ['MX priority fraction', rec('MX', 'mail.example.com', { priority: 1.5 }), 'priority', /whole number/],
    ['A with priority', rec('A', '192.0.2.1', { priority: 10 }), 'priority', /Only MX and SRV records take a priority/],
    ['TXT empty', rec('TXT', ''), 'value', /Enter the text/],
    ['TXT too long', rec('TXT', 'x'.repeat(4097)), 'value', /at most 4096 characters; this one has 4097/],
    ['SRV without priority', rec('SRV', '5 5060 sip.example.com', { name: '_sip._tcp' }), 'priority', /SRV records need a priority/],
    ['SRV two parts', rec('SRV', '5060 sip.example.com', { priority: 1 }), 'value', /weight, port and target.*like 5 5060 sip\.example\.com/],
    ['SRV four parts', rec('SRV', '1 5 5060 sip.example.com', { priority: 1 }), 'value', /weight, port and target/],
    ['SRV weight too big', rec('SRV', '70000 5060 sip.example.com', { priority: 1 }), 'value', /weight must be a whole number/],
    ['SRV port not a number', rec('SRV', '5 http sip.example.com', { priority: 1 }), 'value', /port must be a whole number/],
    ['SRV bad target', rec('SRV', '5 5060 sip_example', { priority: 1 }), 'value', /target must be a host name/],
    ['CAA two parts', rec('CAA', '0 issue'), 'value', /flags, tag and value/],
    ['CAA flags too big', rec('CAA', '256 issue "ca.example"'), 'value', /flags must be a whole number from 0 to 255/],
    ['CAA bad tag', rec('CAA', '0 is-sue "ca.example"'), 'value', /tag must be letters and digits/],
    ['CAA open quote', rec('CAA', '0 issue "letsencrypt.org'), 'value', /between two double quotes/],
    ['CAA lone quote', rec('CAA', '0 issue "'), 'value', /between two double quotes/],
    ['CAA unquoted spaces', rec('CAA', '0 issue ca.example.net; account=1'), 'value', /must be quoted/],
    ['name empty', rec('A', '192.0.2.1', { name: ' ' }), 'name', /Enter "@" for the domain itself/],
    ['name with space', rec('A', '192.0.2.1', { name: 'my host' }), 'name', /like www/],
    ['name wildcard in the middle', rec('A', '192.0.2.1', { name: 'a.*.b' }), 'name', /wildcard/],
    ['name double dot', rec('A', '192.0.2.1', { name: 'a..b' }), 'name', /@/],
    ['name label > 63', rec('A', '192.0.2.1', { name: 'a'.repeat(64) }), 'name', /@/],
    ['TTL zero', rec('A', '192.0.2.1', { ttl: 0 }), 'ttl', /^Enter the TTL as a whole number of seconds, like 3600\.$/],
    ['TTL negative', rec('A', '192.0.2.1', { ttl: -60 }), 'ttl', /TTL/],
    ['TTL fraction', rec('A', '192.0.2.1', { ttl: 1.5 }), 'ttl', /TTL/],
    ['TTL huge', rec('A', '192.0.2.1', { ttl: 2 ** 31 }), 'ttl', /TTL/],
  ])('%s', (_label, record, field, message) => {
    const errors = validateRecord(record);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.field).toBe(field);
    expect(errors[0]?.message).toMatch(message);
  });

  it('reports every bad field at once', () => {
    expect(fieldsOf({ record_type: 'MX', name: 'a b', value: 'not a host', ttl: 0 })).toEqual(['name', 'value', 'priority', 'ttl']);
  });

  it('checks no value or priority for an unknown type, but still the name and TTL', () => {
    expect(fieldsOf({ record_type: 'SPF', name: '@', value: '', ttl: -1, priority: 5 })).toEqual(['record_type', 'ttl']);
  });
});

describe('address and host name helpers', () => {
  it('accept and reject the edges', () => {
    expect(isIPv4('10.0.0.255')).toBe(true);
    expect(isIPv4('1.2.3.4.5')).toBe(false);
    expect(isIPv6('1:2:3:4:5:6:7::')).toBe(true);
    expect(isIPv6('1:2:3:4:5:6:1.2.3.4')).toBe(true);
    expect(isIPv6('1:2:3:4:5:6:7:1.2.3.4')).toBe(false);
    expect(isIPv6('')).toBe(false);
    expect(isHostname('localhost')).toBe(true);
    expect(isHostname('123')).toBe(false);
    expect(isHostname('1password.com')).toBe(true);
    expect(isHostname('host.123.example')).toBe(true);
    expect(isHostname(`${'a'.repeat(63)}.com`)).toBe(true);
    expect(isHostname('.')).toBe(false);
    expect(isHostname('host-.example.com')).toBe(false);
    expect(isHostname('bücher.example')).toBe(false);
    expect(isHostname('xn--bcher-kva.example')).toBe(true);
  });
});

describe('validatePatch', () => {
  const oddCname: RecordDraft = { record_type: 'CNAME', name: 'www', value: 'legacy target with spaces', ttl: 3600, priority: null };

  it('checks only the fields a change can make wrong, so a new TTL does not fail on the value a record has', () => {
    expect(validatePatch(oddCname, { ttl: 120 })).toEqual([]);
    expect(validatePatch(oddCname, { ttl: 0 })).toEqual([{ field: 'ttl', message: expect.stringContaining('TTL') }]);
    expect(validatePatch(oddCname, { value: 'target.example.com' })).toEqual([]);
  });

  it('names the field the change gives, when a new type no longer fits what the record has', () => {
    expect(validatePatch({ record_type: 'A', name: '@', value: '192.0.2.1', ttl: 300 }, { record_type: 'MX' })).toEqual([
      { field: 'record_type', message: expect.stringMatching(/^With type MX, the record's current value does not fit: /) },
      { field: 'record_type', message: expect.stringMatching(/^With type MX, the record's current priority does not fit: MX records need a priority/) },
    ]);
    expect(validatePatch({ record_type: 'A', name: '@', value: 'mail.example.com', ttl: 300 }, { record_type: 'MX', priority: 10 })).toEqual([]);
  });

  it('without the record, checks each given field by itself and the value against a given type', () => {
    expect(validatePatch(null, { ttl: 120 })).toEqual([]);
    expect(validatePatch(null, { ttl: -5 }).map((e) => e.field)).toEqual(['ttl']);
    expect(validatePatch(null, { name: 'bad name!' }).map((e) => e.field)).toEqual(['name']);
    expect(validatePatch(null, { record_type: 'A', value: '300.1.1.1' }).map((e) => e.field)).toEqual(['value']);
    expect(validatePatch(null, { value: 'anything at all' })).toEqual([]);
    expect(validatePatch(null, { priority: 70_000 }).map((e) => e.field)).toEqual(['priority']);
    expect(validatePatch(null, { priority: 10 })).toEqual([]);
    expect(validatePatch(null, { record_type: 'A', priority: 10 }).map((e) => e.field)).toEqual(['priority']);
  });
});

describe('isIpLiteral', () => {
  it('is an IPv4 or IPv6 address and nothing else', () => {
    for (const ip of ['192.0.2.1', '2001:db8::1', '::1', '::ffff:192.0.2.1']) expect(isIpLiteral(ip)).toBe(true);
    for (const text of ['', 'localhost', '192.0.2.1; rm -rf /', ' 192.0.2.1', '$(curl x)', '300.1.1.1', '2001:db8::1%eth0']) expect(isIpLiteral(text)).toBe(false);
  });
});

