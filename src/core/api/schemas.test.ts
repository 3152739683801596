import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { RECORD_TYPES } from '@shared/api-types';
import { VpsError } from '@shared/errors';
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
  /** Nested objects that must tolerate extra fields too. */
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

// Keys the schemas never declare, so adding them can only ever be an unknown field.
const extraKey = fc.string({ minLength: 1, maxLength: 12 }).map((key) => `x_${key}`);
const extras = fc.dictionary(extraKey, fc.jsonValue(), { minKeys: 1, maxKeys: 5 });

describe.each(Object.entries(cases))('%s responses', (_, { shape, valid, required, nested }) => {
  it('tolerate unknown fields, top-level and nested, and keep them', () => {
    fc.assert(
      fc.property(valid, extras, fc.constantFrom<Path>([], ...nested), (generated, extra, where) => {
        const original = structuredClone(generated);
        const value = structuredClone(generated);
        Object.assign(at(value, where), extra);
        const parsed = parseAs(shape, value) as Record<string, unknown>;
        expect(parsed).toMatchObject(original);
        expect(at(parsed, where)).toMatchObject(extra);
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

// Any JSON value reachable from a valid one by deleting, replacing or adding a key or item somewhere.
function mutated(valid: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Record<string, unknown>> {
  const change = fc.record({ pick: fc.nat(), op: fc.constantFrom('delete', 'replace', 'add'), value: fc.jsonValue(), key: extraKey });
  return fc.tuple(valid, fc.array(change, { minLength: 1, maxLength: 3 })).map(([generated, changes]) => {
    const value = structuredClone(generated);
    for (const { pick, op, value: replacement, key } of changes) {
      const containers: Record<string | number, unknown>[] = [];
      const walk = (node: unknown): void => {
        if (typeof node !== 'object' || node === null) return;
        containers.push(node as Record<string | number, unknown>);
        for (const child of Object.values(node)) walk(child);
      };
      walk(value);
      const target = containers[pick % containers.length] as Record<string | number, unknown>;
      const keys = Object.keys(target);
      const existing = keys[pick % Math.max(keys.length, 1)];
      if (Array.isArray(target) && (op === 'add' || existing === undefined)) target.push(replacement);
      else if (op === 'add' || existing === undefined) target[key] = replacement;
      else if (op === 'delete' && Array.isArray(target)) target.splice(Number(existing), 1);
      else if (op === 'delete') delete target[existing];
      else target[existing] = replacement;
    }
    return value;
  });
}

describe.each(Object.entries(cases))('the compiled check for %s', (_, { shape, valid }) => {
  it('agrees with valibot, and an accepted value equals valibot output', () => {
    fc.assert(
      fc.property(fc.oneof(valid, mutated(valid)), (value) => {
        const checked = structuredClone(value);
        const result = v.safeParse(shape.schema, structuredClone(value));
        expect(shape.check(checked)).toBe(result.success);
        if (result.success) expect(checked).toEqual(result.output);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseAs', () => {
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
