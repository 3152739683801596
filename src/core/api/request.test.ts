// The request core over real HTTP: error kinds, retries, timeouts, cancellation, pagination,
// the concurrency cap, the log, and the token kept out of every message.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { VpsError } from '@shared/errors';
import { createManualClock, startSimulator, type Simulator } from '../simulator/simulator';
import { BASE_RETRY_DELAY_MS } from './backoff';
import { createClient } from './client';
import type { ClientOptions, RequestLogEntry, VpsClient } from './client-types';
import { startFixtureServer } from './testing/fixture-server';
import { m } from '@shared/i18n';

let sim: Simulator;
const clients: VpsClient[] = [];

beforeAll(async () => {
  sim = await startSimulator({ clock: createManualClock() });
});

afterEach(async () => {
  sim.faults.clear();
  sim.setPageSize(null);
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

afterAll(async () => {
  await sim.close();
});

interface Harness {
  client: VpsClient;
  log: RequestLogEntry[];
  waits: number[];
}

/** A client on the simulator that records its log and its waits instead of sleeping. */
function harness(options: Partial<ClientOptions> = {}): Harness {
  const log: RequestLogEntry[] = [];
  const waits: number[] = [];
  const client = createClient({
    baseUrl: sim.url,
    token: () => sim.tokens.full,
    onRequest: (entry) => log.push(entry),
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...options,
  });
  clients.push(client);
  return { client, log, waits };
}

async function failure(promise: Promise<unknown>): Promise<VpsError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof VpsError) return error;
    throw error;
  }
  throw new Error('The call succeeded.');
}

function simRequests(method: string, path: string): number {
  return sim.requests.filter((r) => r.method === method && r.path === path).length;
}

async function idOf(name: string): Promise<number> {
  const { client } = harness();
  const found = (await client.servers.list()).find((s) => s.name === name);
  if (!found) throw new Error(`No server ${name}`);
  return found.id;
}

describe('error kinds', () => {
  it('401 unauthorized, for an expired and for a revoked token', async () => {
    const expired = await failure(harness({ token: () => sim.tokens.expired }).client.account.me());
    expect(expired).toMatchObject({ kind: 'unauthorized', status: 401, message: m.error_unauthorized() });
    sim.addToken('vps_soon_revoked_1', { permissions: ['*:*'] });
    sim.revokeToken('vps_soon_revoked_1');
    expect((await failure(harness({ token: () => 'vps_soon_revoked_1' }).client.servers.list())).kind).toBe('unauthorized');
  });

  it('403 forbidden, naming the missing permission', async () => {
    const id = await idOf('web-01');
    const error = await failure(harness({ token: () => sim.tokens.readOnly }).client.servers.reboot(id));
    expect(error).toMatchObject({ kind: 'forbidden', status: 403, permission: 'servers:power' });
    expect(error.message).toContain('servers:power');
  });

  it('404 not_found', async () => {
    expect(await failure(harness().client.servers.get(999_999))).toMatchObject({ kind: 'not_found', status: 404, message: expect.stringContaining('server') });
  });

  it('400 validation, with the field and the API detail as the sentence', async () => {
    const { client } = harness();
    const [zone] = await client.dns.zones.list({ domain: 'acme-shop.com' });
    if (!zone) throw new Error('acme-shop.com has no zone');
    const error = await failure(client.dns.records.createInZone(zone.uuid, { record_type: 'MX', name: '@', value: 'mx.example.com' }));
    expect(error).toMatchObject({ kind: 'validation', status: 400, field: 'priority', code: 'validation_error', message: 'MX records require a priority value.' });
    const running = await failure(client.servers.start(await idOf('web-01')));
    expect(running).toMatchObject({ kind: 'validation', message: 'Server is already running.' });
  });

  it('402 payment_required', async () => {
    sim.setBalance(0);
    try {
      const error = await failure(harness().client.servers.create({ name: 'too-pricey', plan_id: 1, os_id: 5, location: 'us-west' }));
      expect(error).toMatchObject({ kind: 'payment_required', status: 402, message: expect.stringContaining('Add funds') });
    } finally {
      sim.setBalance(500);
    }
  });

  it('429 rate_limited with retryAfter, once retries are used up', async () => {
    sim.faults.inject({ kind: 'rate_limit', path: '/api/v1/domains/', retryAfter: 9, times: 5 });
    const error = await failure(harness({ maxRetries: 0 }).client.domains.list());
    expect(error).toMatchObject({ kind: 'rate_limited', status: 429, retryAfter: 9, message: expect.stringContaining('9 seconds') });
  });

  it('5xx server', async () => {
    sim.faults.inject({ kind: 'status', status: 500, path: '/api/v1/account/me/' });
    expect(await failure(harness().client.account.me())).toMatchObject({ kind: 'server', status: 500 });
  });

  it('malformed JSON and an HTML error page are bad_response', async () => {
    sim.faults.inject({ kind: 'malformed_json', path: '/api/v1/servers/' });
    expect(await failure(harness().client.servers.list())).toMatchObject({ kind: 'bad_response', message: expect.stringContaining('not valid JSON') });
    sim.faults.inject({ kind: 'html_error', path: '/api/v1/domains/', times: 5 });
    expect(await failure(harness({ maxRetries: 1 }).client.domains.list())).toMatchObject({
      kind: 'bad_response',
      status: 502,
      message: expect.stringContaining('web page'),
    });
  });

  it('a refused connection is network', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failure(harness({ baseUrl: `http://127.0.0.1:${port}`, maxRetries: 0 }).client.account.me());
    expect(error).toEqual(expect.objectContaining({ kind: 'network', message: m.error_network() }));
  });

  it('a connection cut mid-body is network, after the GET was retried', async () => {
    sim.faults.inject({ kind: 'cut', path: '/api/v1/servers/', method: 'GET', times: 10 });
    const { client, log } = harness({ maxRetries: 1 });
    expect(await failure(client.servers.list())).toMatchObject({ kind: 'network', message: m.error_network() });
    expect(log.map((e) => [e.attempt, e.status])).toEqual([
      [1, null],
      [2, null],
    ]);
  });
});

describe('retries', () => {
  it('retry a GET through a 503 burst, with capped, jittered backoff', async () => {
    sim.faults.inject({ kind: 'status', status: 503, path: '/api/v1/servers/', method: 'GET', times: 2 });
    const { client, log, waits } = harness({ maxRetryDelayMs: 300 });
    expect((await client.servers.list()).length).toBeGreaterThan(0);
    expect(log.map((e) => [e.attempt, e.status])).toEqual([
      [1, 503],
      [2, 503],
      [3, 200],
    ]);
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeLessThan(BASE_RETRY_DELAY_MS);
    expect(waits[1]).toBeLessThan(300);
    for (const wait of waits) expect(wait).toBeGreaterThanOrEqual(0);
  });

  it('retry 502 and 504 and network errors, but not a plain 500', async () => {
    sim.faults.inject({ kind: 'status', status: 502, path: '/api/v1/dns-zones/', method: 'GET' });
    sim.faults.inject({ kind: 'status', status: 504, path: '/api/v1/dns-zones/', method: 'GET' });
    sim.faults.inject({ kind: 'cut', path: '/api/v1/dns-zones/', method: 'GET' });
    const { client, log } = harness();
    await client.dns.zones.list();
    expect(log.map((e) => e.status)).toEqual([502, 504, null, 200]);

    sim.faults.inject({ kind: 'status', status: 500, path: '/api/v1/dns-zones/', method: 'GET' });
    const second = harness();
    expect((await failure(second.client.dns.zones.list())).kind).toBe('server');
    expect(second.log).toHaveLength(1);
  });

  it('give up after maxRetries and report the last error', async () => {
    sim.faults.inject({ kind: 'status', status: 503, path: '/api/v1/domains/', times: 10 });
    const { client, log, waits } = harness({ maxRetries: 2 });
    expect(await failure(client.domains.list())).toMatchObject({ kind: 'server', status: 503 });
    expect(log).toHaveLength(3);
    expect(waits).toHaveLength(2);
  });

  it('never retry a POST: a 503 on reboot surfaces at once, with one request sent', async () => {
    const id = await idOf('db-01');
    const path = `/api/v1/servers/${id}/reboot/`;
    sim.faults.inject({ kind: 'status', status: 503, path, method: 'POST', times: 5 });
    const before = simRequests('POST', path);
    const { client, waits } = harness();
    expect(await failure(client.servers.reboot(id))).toMatchObject({ kind: 'server', status: 503 });
    expect(simRequests('POST', path) - before).toBe(1);
    expect(waits).toEqual([]);
  });

  it('never retry PUT, PATCH or DELETE, not even after a cut connection', async () => {
    const id = await idOf('web-02');
    const path = `/api/v1/servers/${id}/`;
    sim.faults.inject({ kind: 'cut', path, times: 10 });
    const { client, log } = harness();
    await failure(client.servers.update(id, { backups_enabled: true }));
    await failure(client.servers.replace(id, { name: 'web-02', hostname: 'web02.acme-shop.com', backups_enabled: true }));
    await failure(client.servers.delete(id));
    expect(log.map((e) => [e.method, e.attempt])).toEqual([
      ['PATCH', 1],
      ['PUT', 1],
      ['DELETE', 1],
    ]);
  });

  it('honour Retry-After, capped by maxRetryDelayMs', async () => {
    sim.faults.inject({ kind: 'rate_limit', path: '/api/v1/account/me/', retryAfter: 7 });
    const first = harness();
    await first.client.account.me();
    expect(first.waits).toEqual([7000]);

    sim.faults.inject({ kind: 'rate_limit', path: '/api/v1/account/me/', retryAfter: 120 });
    const capped = harness({ maxRetryDelayMs: 2_000 });
    await capped.client.account.me();
    expect(capped.waits).toEqual([2_000]);
  });
});

// undici checks these timeouts on a coarse (about 1 s) timer, so the two run side by side.
describe.concurrent('timeouts', () => {
  it('a response whose headers come too late is a timeout', async () => {
    sim.faults.inject({ kind: 'latency', latencyMs: 5_000, path: '/api/v1/account/me/' });
    const error = await failure(harness({ headersTimeoutMs: 50 }).client.account.me());
    expect(error).toMatchObject({ kind: 'timeout', message: expect.stringContaining('too long') });
  });

  it('a body that stalls is a timeout', async () => {
    sim.faults.inject({ kind: 'latency', bodyDelayMs: 5_000, path: '/api/v1/servers/' });
    expect((await failure(harness({ bodyTimeoutMs: 50 }).client.servers.list())).kind).toBe('timeout');
  });
});

describe('cancellation', () => {
  it('an already aborted signal sends nothing', async () => {
    const before = sim.requests.length;
    const { client, log } = harness();
    expect(await failure(client.account.me({ signal: AbortSignal.abort() }))).toMatchObject({ kind: 'cancelled' });
    expect(sim.requests.length).toBe(before);
    expect(log).toEqual([]);
  });

  it('aborting cancels a request in flight', async () => {
    sim.faults.inject({ kind: 'latency', latencyMs: 10_000, path: '/api/v1/domains/' });
    const controller = new AbortController();
    const { client, log } = harness();
    const pending = client.domains.list(undefined, { signal: controller.signal });
    await waitFor(() => sim.requests.some((r) => r.path === '/api/v1/domains/' && r.status === 0));
    controller.abort();
    expect(await failure(pending)).toMatchObject({ kind: 'cancelled', message: expect.stringContaining('cancelled') });
    expect(log.map((e) => [e.attempt, e.status])).toEqual([[1, null]]);
  });

  it('aborting cancels the wait between retries', async () => {
    sim.faults.inject({ kind: 'rate_limit', path: '/api/v1/dns-records/', retryAfter: 600 });
    const controller = new AbortController();
    // The real sleep: only the abort can end this 600 s wait.
    const client = createClient({ baseUrl: sim.url, token: () => sim.tokens.full, maxRetryDelayMs: 600_000, onRequest: () => controller.abort() });
    clients.push(client);
    expect(await failure(client.dns.records.list(undefined, { signal: controller.signal }))).toMatchObject({ kind: 'cancelled' });
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

describe('pagination', () => {
  it('follows DRF next links across three pages', async () => {
    const whole = await harness().client.servers.list();
    sim.setPageSize(Math.ceil(whole.length / 3));
    const { client, log } = harness();
    const paged = await client.servers.list();
    expect(paged.map((s) => s.id)).toEqual(whole.map((s) => s.id));
    expect(log.map((e) => e.path)).toEqual(['/api/v1/servers/', '/api/v1/servers/?page=2', '/api/v1/servers/?page=3']);
  });

  it('keeps the filters on every page', async () => {
    sim.setPageSize(1);
    const { client, log } = harness();
    const active = await client.domains.list({ status: 'active', search: 'acme' });
    expect(active.length).toBeGreaterThan(1);
    for (const entry of log) expect(entry.path).toMatch(/status=active/);
  });
});

describe('the concurrency cap', () => {
  it('holds requests back until a slot is free', async () => {
    const held: ServerResponse[] = [];
    const server = createServer((req, res) => {
      req.resume();
      held.push(res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const client = createClient({ baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, token: () => 'vps_x', concurrency: 2 });
    try {
      const calls = Array.from({ length: 5 }, () => client.account.me().catch((error: unknown) => error));
      await waitFor(() => held.length === 2);
      // Give any request that slipped past the cap every chance to arrive.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(held).toHaveLength(2);
      const me = JSON.stringify({ account: { email: 'a@b.c' }, token: { name: 't', permissions: [], is_expired: false } });
      let answered = 0;
      while (answered < 5) {
        await waitFor(() => held.length > answered);
        held[answered]?.writeHead(200, { 'content-type': 'application/json' }).end(me);
        answered++;
      }
      const results = await Promise.all(calls);
      expect(results.every((r) => !(r instanceof Error))).toBe(true);
    } finally {
      await client.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('the request log', () => {
  it('has one entry per attempt, with the query, and no headers', async () => {
    const { client, log } = harness();
    await client.servers.list({ status: 'active' });
    expect(log).toEqual([{ method: 'GET', path: '/api/v1/servers/?status=active', status: 200, ms: expect.any(Number), attempt: 1 }]);
  });
});

describe('the wire', () => {
  it('sends the bearer token, JSON bodies with a content type, and trailing slashes', async () => {
    const fixture = await startFixtureServer((_, method) => (method === 'POST' ? { status: 201, body: { uuid: 'z', domain: 'a.com', created_at: 'x', record_count: 0, records: [] } } : { status: 204 }));
    const client = createClient({ baseUrl: fixture.url, token: async () => 'vps_wire_token' });
    try {
      await client.dns.zones.create('a.com');
      await client.dns.zones.delete('z');
      const [post, del] = fixture.requests;
      expect(post).toMatchObject({ method: 'POST', path: '/api/v1/dns-zones/' });
      expect(post?.headers).toMatchObject({ authorization: 'Bearer vps_wire_token', 'content-type': 'application/json', accept: 'application/json' });
      expect(del).toMatchObject({ method: 'DELETE', path: '/api/v1/dns-zones/z/' });
      expect(del?.headers).not.toHaveProperty('content-type');
    } finally {
      await client.close();
      await fixture.close();
    }
  });
});

describe('the token', () => {
  it('appears in no error message and no log entry', async () => {
    const token = sim.tokens.full;
    const seen: string[] = [];
    const { client, log } = harness({ maxRetries: 1 });
    sim.faults.inject({ kind: 'status', status: 503, path: '/api/v1/servers/', times: 10 });
    sim.faults.inject({ kind: 'cut', path: '/api/v1/domains/', times: 10 });
    sim.faults.inject({ kind: 'html_error', path: '/api/v1/dns-zones/', times: 10 });
    const errors = await Promise.all(
      [
        client.servers.list(),
        client.domains.list(),
        client.dns.zones.list(),
        client.servers.get(999_999),
        harness({ token: () => sim.tokens.expired }).client.account.me(),
        harness({ token: () => sim.tokens.readOnly }).client.dns.zones.create('x.com'),
        client.dns.records.createInZone('no-such-zone', { record_type: 'A', name: '@', value: '1.2.3.4' }),
      ].map(failure),
    );
    for (const error of errors) seen.push(error.message, JSON.stringify(error), String(error.stack));
    seen.push(...log.map((entry) => JSON.stringify(entry)));
    expect(seen.length).toBeGreaterThan(20);
    for (const text of seen) expect(text).not.toContain(token);
  });

  it('with characters no header may carry is refused before anything is sent', async () => {
    const before = sim.requests.length;
    const error = await failure(harness({ token: () => 'vps_pasted\r\nX-Evil: 1' }).client.account.me());
    expect(error).toMatchObject({ kind: 'invalid_input', message: expect.stringContaining('Paste the token again') });
    expect(JSON.stringify(error)).not.toContain('vps_pasted');
    expect(sim.requests.length).toBe(before);
  });

  it('is redacted when a server echoes it back', async () => {
    const token = 'vps_echoed_secret_123';
    const fixture = await startFixtureServer((path) =>
      path.includes('servers')
        ? { status: 400, body: { detail: `Token ${token} may not do this`, field: token } }
        : { status: 403, body: { detail: `Token ${token} lacks everything`, permission: token } },
    );
    const client = createClient({ baseUrl: fixture.url, token: () => token });
    try {
      for (const error of await Promise.all([client.servers.list(), client.domains.list()].map(failure))) {
        expect(JSON.stringify(error)).not.toContain(token);
        expect(error.message).toContain('vps_…redacted');
      }
    } finally {
      await client.close();
      await fixture.close();
    }
  });
});
