import { describe, expect, it } from 'vitest';
import { call, realisticSimulatorPerTest, seededId } from './testing/http-calls';
import { REALISTIC_TIMINGS, type ManualClock, type Simulator } from './simulator';

let sim: Simulator;
let clock: ManualClock;
realisticSimulatorPerTest((started, manual) => {
  sim = started;
  clock = manual;
});

const newServer = { name: 'web-03', plan_id: 1, os_id: 5, location: 'us-west', hostname: 'web03.example.com', backups_enabled: true };

const serverId = (name: string): number => seededId(sim.state.servers, (s) => s.name === name, `server ${name}`);

describe('GET /servers/', () => {
  it('lists every server without resource usage', async () => {
    const reply = await call(sim, 'GET', '/api/v1/servers/');
    expect(reply.status).toBe(200);
    expect(reply.json.count).toBe(sim.state.servers.size);
    const web = reply.json.results.find((s: { name: string }) => s.name === 'web-01');
    expect(web).toMatchObject({ status: 'active', location: 'us-west', plan: { id: 1, name: 'Standard VPS', vcpus: 2, memory: 4096, storage: 80 } });
    expect(web.ip_address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(web).not.toHaveProperty('resource_usage');
    expect(web.plan).not.toHaveProperty('bandwidth');
  });

  it('filters by status and location', async () => {
    const stopped = await call(sim, 'GET', '/api/v1/servers/?status=stopped');
    expect(stopped.json.results.map((s: { name: string }) => s.name)).toEqual(['staging']);
    const eu = await call(sim, 'GET', '/api/v1/servers/?location=eu-central&status=active');
    expect(eu.json.results.length).toBeGreaterThan(0);
    for (const s of eu.json.results) expect(s).toMatchObject({ location: 'eu-central', status: 'active' });
  });
});

describe('POST /servers/', () => {
  it('creates a provisioning server that becomes active with an address once provisioned', async () => {
    const created = await call(sim, 'POST', '/api/v1/servers/', { body: newServer });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ name: 'web-03', hostname: 'web03.example.com', status: 'provisioning', ip_address: null, backups_enabled: true });
    expect(created.json.os).toEqual({ id: 5, name: 'Ubuntu 22.04 LTS' });
    expect(created.json.message).toMatch(/provisioned/);

    clock.advance(REALISTIC_TIMINGS.provisionMs - 1);
    expect((await call(sim, 'GET', `/api/v1/servers/${created.json.id}/`)).json.status).toBe('provisioning');
    clock.advance(1);
    const ready = await call(sim, 'GET', `/api/v1/servers/${created.json.id}/`);
    expect(ready.json.status).toBe('active');
    expect(ready.json.ip_address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(ready.json.updated_at).toBe(new Date(clock.now()).toISOString().replace('.000Z', 'Z'));
  });

  it('charges the plan’s monthly price and answers 402 when the balance cannot pay', async () => {
    sim.setBalance(30);
    expect((await call(sim, 'POST', '/api/v1/servers/', { body: newServer })).status).toBe(201);
    expect(sim.state.balance).toBe(6);
    const refused = await call(sim, 'POST', '/api/v1/servers/', { body: { ...newServer, name: 'web-04' } });
    expect(refused.status).toBe(402);
    expect(refused.json).toEqual({ detail: 'Insufficient account balance' });
    expect(sim.state.balance).toBe(6);
  });

  it.each([
    [{ ...newServer, name: 'web_03!' }, 'name'],
    [{ ...newServer, name: undefined }, 'name'],
    [{ ...newServer, plan_id: undefined }, 'plan_id'],
    [{ ...newServer, plan_id: 99 }, 'plan_id'],
    [{ ...newServer, plan_id: '1' }, 'plan_id'],
    [{ ...newServer, os_id: 42 }, 'os_id'],
    [{ ...newServer, location: 'mars-1' }, 'location'],
    [{ ...newServer, location: undefined }, 'location'],
    [{ ...newServer, hostname: 'not a host' }, 'hostname'],
    [{ ...newServer, backups_enabled: 'yes' }, 'backups_enabled'],
  ])('answers 400 naming the field for %j', async (body, field) => {
    const reply = await call(sim, 'POST', '/api/v1/servers/', { body });
    expect(reply.status).toBe(400);
    expect(reply.json).toMatchObject({ error_code: 'validation_error', field, detail: expect.any(String) });
  });
});

describe('GET /servers/{id}/', () => {
  it('adds IPv6, backups, plan bandwidth and resource usage within the plan', async () => {
    const reply = await call(sim, 'GET', `/api/v1/servers/${serverId('db-01')}/`);
    expect(reply.status).toBe(200);
    expect(reply.json.ipv6_address).toMatch(/^2001:db8::/);
    expect(reply.json.backups_enabled).toBe(true);
    expect(reply.json.plan).toEqual({ id: 2, name: 'Performance VPS', vcpus: 4, memory: 8192, storage: 160, bandwidth: 4096 });
    const usage = reply.json.resource_usage;
    expect(usage.cpu_percent).toBeGreaterThan(0);
    expect(usage.cpu_percent).toBeLessThanOrEqual(100);
    expect(usage.memory_used).toBeLessThanOrEqual(8192);
    expect(usage.disk_used).toBeLessThanOrEqual(160);
    expect(usage.bandwidth_used).toBeLessThanOrEqual(4096);
  });

  it('shows usage that changes as the clock moves, and none for a stopped server', async () => {
    const path = `/api/v1/servers/${serverId('web-01')}/`;
    const before = (await call(sim, 'GET', path)).json.resource_usage;
    clock.advance(45_000);
    const after = (await call(sim, 'GET', path)).json.resource_usage;
    expect(after.cpu_percent).not.toBe(before.cpu_percent);
    const stopped = (await call(sim, 'GET', `/api/v1/servers/${serverId('staging')}/`)).json.resource_usage;
    expect(stopped).toMatchObject({ cpu_percent: 0, memory_used: 0 });
  });

  it('answers 404 for an unknown id', async () => {
    const reply = await call(sim, 'GET', '/api/v1/servers/999999/');
    expect(reply.status).toBe(404);
    expect(reply.json).toEqual({ detail: 'Not found.' });
  });
});

describe('PUT and PATCH /servers/{id}/', () => {
  it('replaces name, hostname and backups with PUT', async () => {
    const id = serverId('web-02');
    const reply = await call(sim, 'PUT', `/api/v1/servers/${id}/`, { body: { name: 'web-02b', hostname: 'web02b.example.com', backups_enabled: false } });
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ id, name: 'web-02b', hostname: 'web02b.example.com', backups_enabled: false });
    expect(reply.json.resource_usage).toBeDefined();
  });

  it('requires all three fields for PUT', async () => {
    const reply = await call(sim, 'PUT', `/api/v1/servers/${serverId('web-02')}/`, { body: { name: 'web-02b', hostname: 'web02b.example.com' } });
    expect(reply.status).toBe(400);
    expect(reply.json.field).toBe('backups_enabled');
  });

  it('changes only the given fields with PATCH', async () => {
    const id = serverId('cache-01');
    const reply = await call(sim, 'PATCH', `/api/v1/servers/${id}/`, { body: { name: 'cache-02' } });
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ name: 'cache-02', hostname: 'cache01.acme-shop.com', backups_enabled: false });
    expect((await call(sim, 'PATCH', `/api/v1/servers/${id}/`, { body: { name: 'bad name' } })).json.field).toBe('name');
  });
});

describe('DELETE /servers/{id}/', () => {
  it('answers 204 with an empty body, then 404', async () => {
    const id = serverId('web-02');
    const reply = await call(sim, 'DELETE', `/api/v1/servers/${id}/`);
    expect(reply.status).toBe(204);
    expect(reply.text).toBe('');
    expect(reply.headers.get('content-type')).toBeNull();
    expect((await call(sim, 'GET', `/api/v1/servers/${id}/`)).status).toBe(404);
  });
});

describe('power actions', () => {
  it('reboots an active server and brings it back after the reboot time', async () => {
    const id = serverId('web-01');
    const reply = await call(sim, 'POST', `/api/v1/servers/${id}/reboot/`);
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ status: 'success', message: 'Server is rebooting', server: { id, name: 'web-01', status: 'rebooting' } });
    clock.advance(REALISTIC_TIMINGS.rebootMs - 1_000);
    expect((await call(sim, 'GET', `/api/v1/servers/${id}/`)).json.status).toBe('rebooting');
    clock.advance(1_000);
    expect((await call(sim, 'GET', `/api/v1/servers/${id}/`)).json.status).toBe('active');
  });

  it('stops an active server and starts it again', async () => {
    const id = serverId('web-01');
    expect((await call(sim, 'POST', `/api/v1/servers/${id}/stop/`)).json.server.status).toBe('stopping');
    clock.advance(REALISTIC_TIMINGS.stopMs);
    expect((await call(sim, 'GET', '/api/v1/servers/?status=stopped')).json.results.map((s: { id: number }) => s.id)).toContain(id);
    const start = await call(sim, 'POST', `/api/v1/servers/${id}/start/`);
    expect(start.json).toMatchObject({ message: 'Server is starting', server: { status: 'starting' } });
    clock.advance(REALISTIC_TIMINGS.startMs);
    expect((await call(sim, 'GET', `/api/v1/servers/${id}/`)).json.status).toBe('active');
  });

  it('refuses to start a running server', async () => {
    const reply = await call(sim, 'POST', `/api/v1/servers/${serverId('web-01')}/start/`);
    expect(reply.status).toBe(400);
    expect(reply.json).toMatchObject({ detail: 'Server is already running', error_code: 'validation_error' });
  });

  it('refuses to stop or reboot a server that is not running', async () => {
    for (const action of ['stop', 'reboot']) {
      const reply = await call(sim, 'POST', `/api/v1/servers/${serverId('staging')}/${action}/`);
      expect(reply.status).toBe(400);
      expect(reply.json.detail).toBe('Server is not running');
    }
  });

  it('refuses every power action on a server in transition or suspended', async () => {
    const busy = serverId('web-01');
    await call(sim, 'POST', `/api/v1/servers/${busy}/reboot/`);
    for (const id of [busy, serverId('legacy-01')]) {
      for (const action of ['start', 'stop', 'reboot']) {
        const reply = await call(sim, 'POST', `/api/v1/servers/${id}/${action}/`);
        expect(reply.status, `${action} ${id}`).toBe(400);
        expect(reply.json.detail).toMatch(/rebooting|suspended/);
      }
    }
  });

  it('answers 404 for an unknown server', async () => {
    expect((await call(sim, 'POST', '/api/v1/servers/1/reboot/')).status).toBe(404);
  });
});
