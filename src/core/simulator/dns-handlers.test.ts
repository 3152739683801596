import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RECORD_TYPES } from '@shared/api-types';
import { call } from './testing/http-calls';
import { createManualClock, startSimulator, type Simulator } from './simulator';

let sim: Simulator;
let shopZone: string;

beforeEach(async () => {
  sim = await startSimulator({ clock: createManualClock() });
  shopZone = (await call(sim, 'GET', '/api/v1/dns-zones/?domain=acme-shop.com')).json[0].uuid;
});
afterEach(() => sim.close());

describe('DNS zones', () => {
  it('lists zones as a bare array with record counts, filtered by exact domain', async () => {
    const all = await call(sim, 'GET', '/api/v1/dns-zones/');
    expect(all.status).toBe(200);
    expect(all.json.length).toBeGreaterThanOrEqual(3);
    expect(all.json[0]).toEqual({ uuid: expect.any(String), domain: expect.any(String), created_at: expect.stringMatching(/Z$/), record_count: expect.any(Number) });
    const one = await call(sim, 'GET', '/api/v1/dns-zones/?domain=acme-shop.com');
    expect(one.json).toHaveLength(1);
    expect(one.json[0].record_count).toBe(11);
    expect((await call(sim, 'GET', '/api/v1/dns-zones/?domain=acme-shop')).json).toEqual([]);
  });

  it('shows a zone with records of every type', async () => {
    const reply = await call(sim, 'GET', `/api/v1/dns-zones/${shopZone}/`);
    expect(reply.status).toBe(200);
    expect(new Set(reply.json.records.map((r: { record_type: string }) => r.record_type))).toEqual(new Set(RECORD_TYPES));
    const srv = reply.json.records.find((r: { record_type: string }) => r.record_type === 'SRV');
    expect(srv.value).toMatch(/^\d+ \d+ \S+$/);
    expect(srv.priority).toEqual(expect.any(Number));
    const caa = reply.json.records.find((r: { record_type: string }) => r.record_type === 'CAA');
    expect(caa.value).toBe('0 issue "letsencrypt.org"');
    expect(reply.json.records.find((r: { record_type: string }) => r.record_type === 'A').priority).toBeNull();
  });

  it('creates an empty zone, and refuses a second one for the same domain', async () => {
    const created = await call(sim, 'POST', '/api/v1/dns-zones/', { body: { domain: 'NewDomain.com' } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ domain: 'newdomain.com', record_count: 0, records: [] });
    const again = await call(sim, 'POST', '/api/v1/dns-zones/', { body: { domain: 'newdomain.com' } });
    expect(again.status).toBe(400);
    expect(again.json).toMatchObject({ field: 'domain', error_code: 'validation_error' });
  });

  it('refuses an invalid or missing domain name', async () => {
    for (const body of [{ domain: 'not valid' }, {}]) {
      const reply = await call(sim, 'POST', '/api/v1/dns-zones/', { body });
      expect(reply.status).toBe(400);
      expect(reply.json.field).toBe('domain');
    }
  });

  it('deletes a zone with its records: 204, empty body', async () => {
    const reply = await call(sim, 'DELETE', `/api/v1/dns-zones/${shopZone}/`);
    expect(reply.status).toBe(204);
    expect(reply.text).toBe('');
    expect((await call(sim, 'GET', `/api/v1/dns-zones/${shopZone}/`)).status).toBe(404);
    expect((await call(sim, 'GET', `/api/v1/dns-records/?zone=${shopZone}`)).json).toEqual([]);
  });

  it('answers 404 for an unknown zone on every zone route', async () => {
    for (const [method, path] of [
      ['GET', '/api/v1/dns-zones/no-such-zone/'],
      ['DELETE', '/api/v1/dns-zones/no-such-zone/'],
      ['GET', '/api/v1/dns-zones/no-such-zone/records/'],
      ['POST', '/api/v1/dns-zones/no-such-zone/records/'],
    ] as const) {
      const reply = await call(sim, method, path, { body: method === 'POST' ? { record_type: 'A', name: 'x', value: '192.0.2.1' } : undefined });
      expect(reply.status, `${method} ${path}`).toBe(404);
    }
  });
});

describe('DNS records in a zone', () => {
  it('lists the zone’s records as a bare array without the zone field', async () => {
    const reply = await call(sim, 'GET', `/api/v1/dns-zones/${shopZone}/records/`);
    expect(reply.json).toHaveLength(11);
    expect(reply.json[0]).not.toHaveProperty('zone');
  });

  it('creates a record with the default TTL', async () => {
    const reply = await call(sim, 'POST', `/api/v1/dns-zones/${shopZone}/records/`, { body: { record_type: 'A', name: 'www2', value: '192.0.2.1' } });
    expect(reply.status).toBe(201);
    expect(reply.json).toMatchObject({ record_type: 'A', name: 'www2', value: '192.0.2.1', ttl: 3600, priority: null });
    expect((await call(sim, 'GET', `/api/v1/dns-zones/${shopZone}/`)).json.record_count).toBe(12);
  });

  it('creates MX and SRV records with their priority', async () => {
    const mx = await call(sim, 'POST', `/api/v1/dns-zones/${shopZone}/records/`, { body: { record_type: 'MX', name: '@', value: 'mx3.acme-shop.com', priority: 30, ttl: 600 } });
    expect(mx.json).toMatchObject({ priority: 30, ttl: 600 });
    const srv = await call(sim, 'POST', `/api/v1/dns-zones/${shopZone}/records/`, { body: { record_type: 'SRV', name: '_xmpp._tcp', value: '5 5222 xmpp.acme-shop.com', priority: 0 } });
    expect(srv.status).toBe(201);
  });

  it.each([
    [{ record_type: 'MX', name: '@', value: 'mail.example.com' }, 'priority', 'MX records require a priority value'],
    [{ record_type: 'SRV', name: '_sip._tcp', value: '5 5060 sip.example.com' }, 'priority', 'SRV records require a priority value'],
    [{ record_type: 'PTR', name: '@', value: 'x.example.com' }, 'record_type', undefined],
    [{ name: '@', value: 'x.example.com' }, 'record_type', undefined],
    [{ record_type: 'A', value: '192.0.2.1' }, 'name', undefined],
    [{ record_type: 'A', name: 'www' }, 'value', undefined],
    [{ record_type: 'A', name: 'www', value: '' }, 'value', undefined],
    [{ record_type: 'A', name: 'www', value: 'not-an-ip' }, 'value', undefined],
    [{ record_type: 'AAAA', name: 'www', value: '192.0.2.1' }, 'value', undefined],
    [{ record_type: 'SRV', name: '_sip._tcp', value: 'sip.example.com', priority: 10 }, 'value', undefined],
    [{ record_type: 'A', name: 'www', value: '192.0.2.1', ttl: 0 }, 'ttl', undefined],
    [{ record_type: 'MX', name: '@', value: 'mail.example.com', priority: -1 }, 'priority', undefined],
  ])('answers 400 for %j', async (body, field, detail) => {
    const reply = await call(sim, 'POST', `/api/v1/dns-zones/${shopZone}/records/`, { body });
    expect(reply.status).toBe(400);
    expect(reply.json).toMatchObject({ error_code: 'validation_error', field });
    if (detail) expect(reply.json.detail).toBe(detail);
  });
});

describe('DNS records directly', () => {
  it('lists records across zones, filtered by zone and type, with their zone', async () => {
    const all = await call(sim, 'GET', '/api/v1/dns-records/');
    const zones = new Set(all.json.map((r: { zone: string }) => r.zone));
    expect(zones.size).toBeGreaterThan(1);
    const mx = await call(sim, 'GET', `/api/v1/dns-records/?zone=${shopZone}&record_type=MX`);
    expect(mx.json).toHaveLength(2);
    for (const r of mx.json) expect(r).toMatchObject({ zone: shopZone, record_type: 'MX' });
  });

  it('gets, replaces, patches and deletes one record', async () => {
    const created = await call(sim, 'POST', `/api/v1/dns-zones/${shopZone}/records/`, { body: { record_type: 'TXT', name: '@', value: 'hello' } });
    const path = `/api/v1/dns-records/${created.json.uuid}/`;
    expect((await call(sim, 'GET', path)).json).toMatchObject({ uuid: created.json.uuid, zone: shopZone, value: 'hello' });

    const replaced = await call(sim, 'PUT', path, { body: { record_type: 'MX', name: '@', value: 'mx9.acme-shop.com', priority: 90 } });
    expect(replaced.status).toBe(200);
    expect(replaced.json).toMatchObject({ record_type: 'MX', value: 'mx9.acme-shop.com', priority: 90, ttl: 3600 });

    const patched = await call(sim, 'PATCH', path, { body: { ttl: 1800 } });
    expect(patched.json).toMatchObject({ record_type: 'MX', priority: 90, ttl: 1800 });

    const deleted = await call(sim, 'DELETE', path);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    expect((await call(sim, 'GET', path)).status).toBe(404);
  });

  it('checks a patched record as a whole', async () => {
    const a = (await call(sim, 'GET', `/api/v1/dns-records/?zone=${shopZone}&record_type=A`)).json[0];
    const toMx = await call(sim, 'PATCH', `/api/v1/dns-records/${a.uuid}/`, { body: { record_type: 'MX', value: 'mail.example.com' } });
    expect(toMx.status).toBe(400);
    expect(toMx.json.field).toBe('priority');
    const mx = (await call(sim, 'GET', `/api/v1/dns-records/?zone=${shopZone}&record_type=MX`)).json[0];
    const noPriority = await call(sim, 'PATCH', `/api/v1/dns-records/${mx.uuid}/`, { body: { priority: null } });
    expect(noPriority.json.field).toBe('priority');
  });

  it('requires the whole record for PUT', async () => {
    const a = (await call(sim, 'GET', '/api/v1/dns-records/?record_type=A')).json[0];
    const reply = await call(sim, 'PUT', `/api/v1/dns-records/${a.uuid}/`, { body: { ttl: 60 } });
    expect(reply.status).toBe(400);
    expect(reply.json.field).toBe('record_type');
  });

  it('answers 404 for an unknown record', async () => {
    for (const method of ['GET', 'PUT', 'PATCH', 'DELETE']) {
      const reply = await call(sim, method, '/api/v1/dns-records/no-such-record/', { body: method === 'PUT' || method === 'PATCH' ? { ttl: 60 } : undefined });
      expect(reply.status, method).toBe(404);
    }
  });

  it('needs dns:update to change and dns:delete to delete', async () => {
    const a = (await call(sim, 'GET', '/api/v1/dns-records/?record_type=A')).json[0];
    expect((await call(sim, 'PATCH', `/api/v1/dns-records/${a.uuid}/`, { token: sim.tokens.readOnly, body: { ttl: 60 } })).json.permission).toBe('dns:update');
    expect((await call(sim, 'DELETE', `/api/v1/dns-records/${a.uuid}/`, { token: sim.tokens.readOnly })).json.permission).toBe('dns:delete');
  });
});
