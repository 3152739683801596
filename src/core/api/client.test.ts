// Every operation's success path, over real HTTP against the embedded simulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock, startSimulator, type Simulator } from '../simulator/simulator';
import { createClient } from './client';
import type { VpsClient } from './client-types';

let sim: Simulator;
let client: VpsClient;

beforeAll(async () => {
  sim = await startSimulator({ clock: createManualClock() });
  client = createClient({ baseUrl: sim.url, token: () => sim.tokens.full });
});

afterAll(async () => {
  await client.close();
  await sim.close();
});

function lastRequest(): Simulator['requests'][number] {
  const last = sim.requests.at(-1);
  if (!last) throw new Error('The simulator saw no request.');
  return last;
}

async function serverNamed(name: string): Promise<number> {
  const found = (await client.servers.list()).find((s) => s.name === name);
  if (!found) throw new Error(`No server ${name}`);
  return found.id;
}

describe('createClient', () => {
  it('exposes its checked base URL and refuses plain http to another host', () => {
    expect(client.baseUrl).toBe(sim.url);
    expect(() => createClient({ baseUrl: 'http://admin.vps.org', token: () => 'vps_x' })).toThrow(expect.objectContaining({ kind: 'invalid_input' }));
  });
});

describe('account', () => {
  it('me: the account and the token permissions', async () => {
    const me = await client.account.me();
    expect(me.account.email).toBe('demo@vps.example');
    expect(me.token).toMatchObject({ name: 'Demo full access', permissions: ['*:*'], is_expired: false });
    expect(lastRequest()).toMatchObject({ method: 'GET', path: '/api/v1/account/me/', status: 200 });
  });
});

describe('servers', () => {
  it('list, with the status and location filters in the query', async () => {
    const all = await client.servers.list();
    expect(all.map((s) => s.name)).toEqual(expect.arrayContaining(['web-01', 'staging', 'legacy-01']));
    const stopped = await client.servers.list({ status: 'stopped' });
    expect(stopped.map((s) => s.name)).toEqual(['staging']);
    expect(lastRequest()).toMatchObject({ path: '/api/v1/servers/', query: 'status=stopped' });
    const east = await client.servers.list({ location: 'us-east', status: 'active' });
    expect(east.map((s) => s.name).sort()).toEqual(['db-01', 'web-02']);
    expect(lastRequest().query).toBe('status=active&location=us-east');
  });

  it('get: details with resource usage', async () => {
    const server = await client.servers.get(await serverNamed('web-01'));
    expect(server).toMatchObject({ name: 'web-01', status: 'active', plan: { bandwidth: expect.any(Number) } });
    expect(server.resource_usage?.cpu_percent).toEqual(expect.any(Number));
  });

  it('create: a provisioning server, sent as JSON', async () => {
    const created = await client.servers.create({ name: 'api-03', plan_id: 1, os_id: 5, location: 'us-west', backups_enabled: true });
    expect(created).toMatchObject({ name: 'api-03', status: 'provisioning', backups_enabled: true });
    expect(created.message).toEqual(expect.any(String));
    expect(lastRequest()).toMatchObject({ method: 'POST', path: '/api/v1/servers/', status: 201 });
  });

  it('replace (PUT) and update (PATCH)', async () => {
    const id = await serverNamed('cache-01');
    const replaced = await client.servers.replace(id, { name: 'cache-02', hostname: 'cache02.acme-shop.com', backups_enabled: true });
    expect(replaced).toMatchObject({ id, name: 'cache-02', hostname: 'cache02.acme-shop.com', backups_enabled: true });
    expect(lastRequest()).toMatchObject({ method: 'PUT', path: `/api/v1/servers/${id}/` });
    const patched = await client.servers.update(id, { backups_enabled: false });
    expect(patched).toMatchObject({ id, name: 'cache-02', backups_enabled: false });
    expect(lastRequest()).toMatchObject({ method: 'PATCH', status: 200 });
  });

  it('start, stop and reboot', async () => {
    const started = await client.servers.start(await serverNamed('staging'));
    expect(started).toMatchObject({ status: 'success', server: { name: 'staging', status: 'starting' } });
    expect(lastRequest()).toMatchObject({ method: 'POST', path: expect.stringMatching(/\/start\/$/) });
    const stopped = await client.servers.stop(await serverNamed('worker-01'));
    expect(stopped.server.status).toBe('stopping');
    const rebooted = await client.servers.reboot(await serverNamed('web-02'));
    expect(rebooted).toMatchObject({ status: 'success', message: expect.any(String), server: { status: 'rebooting' } });
  });

  it('delete: a 204 without a body', async () => {
    const id = await serverNamed('mail-01');
    await expect(client.servers.delete(id)).resolves.toBeUndefined();
    expect(lastRequest()).toMatchObject({ method: 'DELETE', path: `/api/v1/servers/${id}/`, status: 204 });
    await expect(client.servers.get(id)).rejects.toMatchObject({ kind: 'not_found' });
  });
});

describe('domains', () => {
  it('list, with the status and search filters', async () => {
    const all = await client.domains.list();
    expect(all.length).toBeGreaterThanOrEqual(6);
    const expired = await client.domains.list({ status: 'expired' });
    expect(expired.map((d) => d.domain_name)).toEqual(['acme-promo.org']);
    const found = await client.domains.list({ search: 'labs' });
    expect(found.map((d) => d.domain_name)).toEqual(['acme-labs.dev']);
    expect(lastRequest()).toMatchObject({ path: '/api/v1/domains/', query: 'search=labs' });
  });

  it('register, get, update, transfer and remove', async () => {
    const registered = await client.domains.register({ domain_name: 'acme-new.com', years: 2, auto_renew: true });
    expect(registered).toMatchObject({ domain_name: 'acme-new.com', status: 'pending', total_cost: expect.any(Number) });

    const detail = await client.domains.get(registered.id);
    expect(detail).toMatchObject({ id: registered.id, domain_name: 'acme-new.com', expiration_date: expect.any(String) });

    const updated = await client.domains.update(registered.id, { auto_renew: false, nameservers: ['ns1.example.net', 'ns2.example.net'] });
    expect(updated).toMatchObject({ id: registered.id, auto_renew: false, nameservers: ['ns1.example.net', 'ns2.example.net'] });
    expect(lastRequest()).toMatchObject({ method: 'PUT', status: 200 });

    const old = (await client.domains.list({ search: 'acme-corp' }))[0];
    if (!old) throw new Error('acme-corp.net is missing from the demo data');
    const transfer = await client.domains.transfer(old.id, { auth_code: 'EPP-1234-abcd' });
    expect(transfer).toMatchObject({ id: old.id, domain_name: 'acme-corp.net', transfer_status: 'pending', next_steps: expect.any(Array) });
    expect(lastRequest()).toMatchObject({ method: 'POST', path: `/api/v1/domains/${old.id}/transfer/` });

    await expect(client.domains.remove(registered.id)).resolves.toBeUndefined();
    expect(lastRequest()).toMatchObject({ method: 'DELETE', status: 204 });
    await expect(client.domains.get(registered.id)).rejects.toMatchObject({ kind: 'not_found', message: expect.stringContaining('domain') });
  });
});

describe('DNS', () => {
  it('zones: list (with the domain filter), get with records, create, delete', async () => {
    const zones = await client.dns.zones.list();
    expect(zones.map((z) => z.domain)).toEqual(expect.arrayContaining(['acme-shop.com', 'acme-api.io', 'acme-labs.dev']));
    const [shop] = await client.dns.zones.list({ domain: 'acme-shop.com' });
    expect(lastRequest().query).toBe('domain=acme-shop.com');
    if (!shop) throw new Error('acme-shop.com has no zone');

    const detail = await client.dns.zones.get(shop.uuid);
    expect(detail.records.length).toBe(detail.record_count);
    expect(detail.records.find((r) => r.record_type === 'MX')?.priority).toEqual(expect.any(Number));

    const created = await client.dns.zones.create('acme-new-zone.com');
    expect(created).toMatchObject({ domain: 'acme-new-zone.com', records: expect.any(Array) });
    expect(lastRequest()).toMatchObject({ method: 'POST', path: '/api/v1/dns-zones/', status: 201 });
    await expect(client.dns.zones.delete(created.uuid)).resolves.toBeUndefined();
    await expect(client.dns.zones.get(created.uuid)).rejects.toMatchObject({ kind: 'not_found', message: expect.stringContaining('DNS zone') });
  });

  it('records: in a zone, across zones with filters, get, PUT, PATCH, delete', async () => {
    const [zone] = await client.dns.zones.list({ domain: 'acme-labs.dev' });
    if (!zone) throw new Error('acme-labs.dev has no zone');

    const inZone = await client.dns.records.listInZone(zone.uuid);
    expect(inZone.map((r) => r.record_type).sort()).toEqual(['A', 'MX']);
    expect(lastRequest()).toMatchObject({ path: `/api/v1/dns-zones/${zone.uuid}/records/` });

    const created = await client.dns.records.createInZone(zone.uuid, { record_type: 'MX', name: '@', value: 'mx2.acme-labs.dev', ttl: 600, priority: 20 });
    expect(created).toMatchObject({ record_type: 'MX', value: 'mx2.acme-labs.dev', ttl: 600, priority: 20 });

    const mx = await client.dns.records.list({ zone: zone.uuid, record_type: 'MX' });
    expect(mx.map((r) => r.value).sort()).toEqual(['mx.acme-labs.dev', 'mx2.acme-labs.dev']);
    expect(lastRequest()).toMatchObject({ path: '/api/v1/dns-records/', query: `zone=${zone.uuid}&record_type=MX` });
    expect((await client.dns.records.list()).length).toBeGreaterThan(mx.length);

    expect(await client.dns.records.get(created.uuid)).toMatchObject({ uuid: created.uuid, value: 'mx2.acme-labs.dev' });
    const replaced = await client.dns.records.replace(created.uuid, { record_type: 'MX', name: '@', value: 'mx3.acme-labs.dev', ttl: 300, priority: 30 });
    expect(replaced).toMatchObject({ value: 'mx3.acme-labs.dev', ttl: 300, priority: 30 });
    const patched = await client.dns.records.update(created.uuid, { ttl: 7200 });
    expect(patched).toMatchObject({ value: 'mx3.acme-labs.dev', ttl: 7200 });
    expect(lastRequest()).toMatchObject({ method: 'PATCH', path: `/api/v1/dns-records/${created.uuid}/` });

    await expect(client.dns.records.delete(created.uuid)).resolves.toBeUndefined();
    await expect(client.dns.records.get(created.uuid)).rejects.toMatchObject({ kind: 'not_found' });
  });
});
