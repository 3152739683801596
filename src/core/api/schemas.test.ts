import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { RECORD_TYPES } from '@shared/api-types';
import { VpsError } from '@shared/errors';
import { INVALID } from './compiled-check';
import * as schemas from './schemas';
import {
  ACCOUNT_ME,
  DNS_RECORD,
  DNS_ZONE_DETAIL,
  DOMAIN,
  DOMAIN_TRANSFER,
  POWER_RESULT,
  SERVER,
  SERVER_DETAIL,
  parseAs,
  type Shape,
} from './schemas';
import { mutatedValues, undocumentedKey, validValues } from './testing/schema-arbitrary';

type Path = (string | number)[];

// Valid values as the provider's pages describe them, and the fields they call required.
const date = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
const id = fc.integer({ min: 1, max: 1_000_000 });
const name = fc.string({ minLength: 1, maxLength: 20 });
const serverStatus = fc.constantFrom('active', 'stopped', 'suspended', 'provisioning', 'starting', 'stopping', 'rebooting');

const plan = fc.record({ id, name, vcpus: fc.nat(64), memory: fc.nat(), storage: fc.nat() });
const server = fc.record({
  id,
  name,
  hostname: fc.option(name, { nil: null }),
  status: serverStatus,
  ip_address: fc.option(fc.ipV4(), { nil: null }),
  location: name,
  plan,
  os: fc.record({ id, name }),
  created_at: date,
  updated_at: date,
});
const serverRequired: Path[] = [
  ['id'], ['name'], ['status'], ['location'], ['plan'], ['os'], ['created_at'], ['updated_at'],
  ['plan', 'id'], ['plan', 'name'], ['plan', 'vcpus'], ['plan', 'memory'], ['plan', 'storage'], ['os', 'id'], ['os', 'name'],
];
const serverDetail = fc.record({
  server,
  usage: fc.record({ cpu_percent: fc.double({ min: 0, max: 100, noNaN: true }), memory_used: fc.nat(), disk_used: fc.nat(), bandwidth_used: fc.nat() }),
}).map(({ server: s, usage }) => ({ ...s, ipv6_address: null, backups_enabled: true, resource_usage: usage }));

const domain = fc.record({
  id,
  domain_name: name,
  status: fc.constantFrom('active', 'pending', 'expired', 'locked'),
  expiration_date: date,
  auto_renew: fc.boolean(),
  nameservers: fc.array(name, { minLength: 2, maxLength: 4 }),
});
const record = fc.record({
  uuid: fc.uuid(),
  record_type: fc.constantFrom(...RECORD_TYPES),
  name,
  value: name,
  ttl: fc.integer({ min: 1, max: 86_400 }),
  priority: fc.option(fc.nat(100), { nil: null }),
});
const zoneDetail = fc.record({
  uuid: fc.uuid(),
  domain: name,
  created_at: date,
  record_count: fc.nat(),
  records: fc.array(record, { minLength: 1, maxLength: 4 }),
});
const account = fc.record({
  account: fc.record({ email: fc.emailAddress(), first_name: fc.option(name, { nil: null }) }),
  token: fc.record({ name, permissions: fc.array(fc.constantFrom('servers:list', 'dns:*', '*:*')), expires_at: fc.option(date, { nil: null }), is_expired: fc.boolean() }),
});
const power = fc.record({
  status: fc.constant('success'),
  message: name,
  server: fc.record({ id, name, status: serverStatus }),
});
const transfer = fc.record({ id, domain_name: name, transfer_status: fc.constantFrom('pending', 'completed'), next_steps: fc.array(name) });

interface Case {
  shape: Shape<unknown>;
  valid: fc.Arbitrary<Record<string, unknown>>;
  required: Path[];
  /** Nested objects that must tolerate (and drop) extra fields too. */
  nested: Path[];
}

const cases: Record<string, Case> = {
  server: { shape: SERVER, valid: server, required: serverRequired, nested: [['plan'], ['os']] },
  'server detail': {
    shape: SERVER_DETAIL,
    valid: serverDetail,
    required: [...serverRequired, ['resource_usage', 'cpu_percent'], ['resource_usage', 'bandwidth_used']],
    nested: [['plan'], ['resource_usage']],
  },
  domain: { shape: DOMAIN, valid: domain, required: [['id'], ['domain_name'], ['status'], ['expiration_date'], ['auto_renew']], nested: [] },
  'DNS record': { shape: DNS_RECORD, valid: record, required: [['uuid'], ['record_type'], ['name'], ['value'], ['ttl']], nested: [] },
  'DNS zone detail': {
    shape: DNS_ZONE_DETAIL,
    valid: zoneDetail,
    required: [['uuid'], ['domain'], ['created_at'], ['record_count'], ['records'], ['records', 0, 'ttl'], ['records', 0, 'record_type']],
    nested: [['records', 0]],
  },
  account: {
    shape: ACCOUNT_ME,
    valid: account,
    required: [['account'], ['token'], ['account', 'email'], ['token', 'name'], ['token', 'permissions'], ['token', 'is_expired']],
    nested: [['account'], ['token']],
  },
  'power result': { shape: POWER_RESULT, valid: power, required: [['status'], ['message'], ['server'], ['server', 'id'], ['server', 'status']], nested: [['server']] },
  'domain transfer': { shape: DOMAIN_TRANSFER, valid: transfer, required: [['id'], ['domain_name'], ['transfer_status']], nested: [] },
};

function at(value: Record<string, unknown>, path: Path): Record<string | number, unknown> {
  let node: unknown = value;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node as Record<string | number, unknown>;
}

function shown(path: Path): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? key : `${text}.${key}`), '');
}

function failure(run: () => unknown): VpsError {
  try {
    run();
  } catch (error) {
    if (error instanceof VpsError) return error;
    throw error;
  }
  throw new Error('parsed without complaint');
}

const extras = fc.dictionary(undocumentedKey, fc.jsonValue(), { minKeys: 1, maxKeys: 5 });

describe.each(Object.entries(cases))('%s responses', (_, { shape, valid, required, nested }) => {
  it('tolerate undocumented fields, top-level and nested, and drop them', () => {
    fc.assert(
      fc.property(valid, extras, fc.constantFrom<Path>([], ...nested), (generated, extra, where) => {
        const original = structuredClone(generated);
        const value = structuredClone(generated);
        Object.assign(at(value, where), extra);
        const parsed = parseAs(shape, value) as Record<string, unknown>;
        expect(parsed).toMatchObject(original);
        for (const key of Object.keys(extra)) expect(Object.keys(at(parsed, where))).not.toContain(key);
      }),
    );
  });

  it('without any one required field are a bad_response naming it', () => {
    fc.assert(
      fc.property(valid, fc.constantFrom(...required), (generated, path) => {
        const value = structuredClone(generated);
        delete at(value, path.slice(0, -1))[path.at(-1) as string | number];
        const error = failure(() => parseAs(shape, value));
        expect(error.kind).toBe('bad_response');
        expect(error.message).toContain(`${shape.label} without '${shown(path)}'`);
      }),
    );
  });

  it('with a required field of the wrong type are a bad_response naming it', () => {
    fc.assert(
      fc.property(valid, fc.constantFrom(...required), fc.constantFrom<unknown>(null, 42, 'text', { nested: true }), (generated, path, wrong) => {
        const value = structuredClone(generated);
        const parent = at(value, path.slice(0, -1));
        const key = path.at(-1) as string | number;
        fc.pre(typeof wrong !== typeof parent[key]);
        parent[key] = wrong;
        const error = failure(() => parseAs(shape, value));
        expect(error.kind).toBe('bad_response');
        expect(error.message).toContain(`'${shown(path)}'`);
      }),
    );
  });
});

// Every response schema, found by what it is rather than listed, so a new one is covered too.
const isShape = (value: unknown): value is Shape<unknown> => typeof value === 'object' && value !== null && 'schema' in value && 'parse' in value;
const everyShape = Object.entries(schemas as Record<string, unknown>).flatMap(([name, value]) => (isShape(value) ? [[name, value] as const] : []));

describe('the compiled parser', () => {
  it('covers every response schema', () => {
    expect(everyShape.map(([name]) => name).sort()).toEqual(
      ['ACCOUNT_ME', 'DNS_RECORD', 'DNS_ZONE', 'DNS_ZONE_DETAIL', 'DOMAIN', 'DOMAIN_DETAIL', 'DOMAIN_REGISTERED', 'DOMAIN_TRANSFER', 'DOMAIN_UPDATED', 'POWER_RESULT', 'SERVER', 'SERVER_CREATED', 'SERVER_DETAIL'],
    );
  });

  it.each(everyShape)('for %s returns exactly what valibot returns, or refuses what valibot refuses', (_, shape) => {
    const values = fc.oneof(
      validValues(shape.schema),
      mutatedValues(shape.schema),
      // What JSON.parse makes of them: no undefined, no -0, own __proto__ keys.
      mutatedValues(shape.schema).map((value) => JSON.parse(JSON.stringify(value) ?? 'null') as unknown),
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(values, (value) => {
        const result = v.safeParse(shape.schema, structuredClone(value));
        const parsed = shape.parse(structuredClone(value));
        if (result.success) expect(parsed).toStrictEqual(result.output);
        else expect(parsed).toBe(INVALID);
      }),
      { numRuns: 400 },
    );
  });
});

describe('parseAs', () => {
  it('keeps only the documented fields, so an undocumented token prefix never leaves the client', () => {
    const me = { account: { email: 'a@example.com', api_key: 'k' }, token: { name: 't', permissions: [], is_expired: false, prefix: 'vps_ab' }, extra: 1 };
    expect(parseAs(ACCOUNT_ME, me)).toStrictEqual({ account: { email: 'a@example.com' }, token: { name: 't', permissions: [], is_expired: false } });
  });

  it('reports a missing body and a value of the wrong kind', () => {
    expect(failure(() => parseAs(SERVER, undefined)).message).toBe('VPS.org sent an empty reply where a server was expected.');
    expect(failure(() => parseAs(SERVER, 'oops')).message).toBe('VPS.org sent something that is not a server.');
  });

  it('fills the nullable server fields the pages leave optional', () => {
    const value: Record<string, unknown> = { ...fc.sample(server, 1)[0] };
    delete value.hostname;
    delete value.ip_address;
    const parsed = parseAs(SERVER, value);
    expect(parsed.hostname).toBeNull();
    expect(parsed.ip_address).toBeNull();
  });
});
