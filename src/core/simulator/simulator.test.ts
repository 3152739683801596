import { request as httpRequest } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { OPERATIONS, OPERATION_IDS } from '@shared/operations';
import { call } from './testing/http-calls';
import { DEMO_TOKENS } from './auth';
import { MAX_REQUEST_BODY_BYTES, createManualClock, startSimulator, type ManualClock, type Simulator } from './simulator';

let sim: Simulator;
let clock: ManualClock;

beforeEach(async () => {
  clock = createManualClock();
  sim = await startSimulator({ clock });
});
afterEach(() => sim.close());

/** A raw request, so the Host header and the body can be anything. */
function rawRequest(opts: { host: string; method?: string; body?: string | Buffer; chunked?: boolean }): Promise<{ status: number; body: string }> {
  const { port } = new URL(sim.url);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...(opts.host === '' ? {} : { host: opts.host }), authorization: `Bearer ${sim.tokens.full}`, 'content-type': 'application/json' };
    if (opts.chunked) headers['transfer-encoding'] = 'chunked';
    const req = httpRequest({ host: '127.0.0.1', port, setHost: false, method: opts.method ?? 'GET', path: '/api/v1/servers/', headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

describe('who may talk to it', () => {
  it('answers only requests addressed to a loopback host at its own port (no DNS rebinding)', async () => {
    const { port } = new URL(sim.url);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) expect((await rawRequest({ host })).status).toBe(200);
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1:${Number(port) + 1}`, `127.0.0.1.evil.example:${port}`]) {
      const reply = await rawRequest({ host });
      expect(reply.status).toBe(421);
      expect(reply.body).not.toContain('web-01');
    }
    // Without any Host header, Node's HTTP server refuses the request itself.
    expect((await rawRequest({ host: '' })).status).toBe(400);
  });

  it('refuses a request body over the limit, announced or streamed, with a 413', async () => {
    const big = `{"name":"${'x'.repeat(MAX_REQUEST_BODY_BYTES)}"}`;
    const host = new URL(sim.url).host;
    const servers = sim.state.servers.size;
    expect((await rawRequest({ host, method: 'POST', body: big })).status).toBe(413);
    expect((await rawRequest({ host, method: 'POST', body: big, chunked: true })).status).toBe(413);
    expect(sim.state.servers.size).toBe(servers);
  });

  it('keeps the fixed demo tokens by default, and makes a fresh set per start when asked', async () => {
    expect(sim.tokens.full).toBe(DEMO_TOKENS.full.token);
    const first = await startSimulator({ freshTokens: true });
    const second = await startSimulator({ freshTokens: true });
    try {
      expect(first.tokens.full).not.toBe(second.tokens.full);
      expect(Object.values(first.tokens)).not.toContain(DEMO_TOKENS.full.token);
      expect((await call(first, 'GET', '/api/v1/account/me/')).json.token.permissions).toEqual(['*:*']);
      expect((await call(first, 'GET', '/api/v1/account/me/', { token: DEMO_TOKENS.full.token })).status).toBe(401);
      expect((await call(first, 'GET', '/api/v1/account/me/', { token: second.tokens.full })).status).toBe(401);
      expect((await call(first, 'GET', '/api/v1/account/me/', { token: first.tokens.readOnly })).json.token.permissions).toEqual([...DEMO_TOKENS.readOnly.permissions]);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});

describe('routing', () => {
  it('listens on 127.0.0.1 with no trailing slash in its url', () => {
    expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers an unknown path with a JSON 404, even without a token', async () => {
    const reply = await call(sim, 'GET', '/api/v1/nothing-here/', { token: null });
    expect(reply.status).toBe(404);
    expect(reply.headers.get('content-type')).toBe('application/json');
    expect(reply.json).toEqual({ detail: 'Not found.' });
  });

  it('requires the trailing slash on every path', async () => {
    for (const path of ['/api/v1/servers', '/api/v1/servers/12345', '/api/v1/account/me', '/api/v1/dns-zones']) {
      expect((await call(sim, 'GET', path)).status).toBe(404);
    }
  });

  it('answers a known path with a wrong method with 405 and Allow', async () => {
    const reply = await call(sim, 'PATCH', '/api/v1/domains/101/');
    expect(reply.status).toBe(405);
    expect(reply.headers.get('allow')).toContain('PUT');
  });

  it('serves every operation of the shared table (none is a 404 or 405)', async () => {
    const zone = (await call(sim, 'GET', '/api/v1/dns-zones/')).json[0].uuid as string;
    const records = (await call(sim, 'GET', '/api/v1/dns-records/')).json as Array<{ uuid: string; zone: string }>;
    // A record outside that zone, which deleting the zone would take with it.
    const record = records.find((r) => r.zone !== zone)?.uuid as string;
    // Deletes last, so every other operation still finds its resource.
    const ordered = [...OPERATION_IDS].sort((a, b) => Number(OPERATIONS[a].method === 'DELETE') - Number(OPERATIONS[b].method === 'DELETE'));
    for (const id of ordered) {
      const { method, path } = OPERATIONS[id];
      const concrete = path.replace('{id}', path.includes('/domains/') ? '101' : '12345').replace('{uuid}', path.includes('dns-zones') ? zone : record);
      const reply = await call(sim, method, concrete, { body: method === 'GET' || method === 'DELETE' ? undefined : {} });
      expect([404, 405], `${id} ${method} ${concrete}`).not.toContain(reply.status);
    }
  });
});

describe('authentication', () => {
  it('rejects a request without a token', async () => {
    const reply = await call(sim, 'GET', '/api/v1/servers/', { token: null });
    expect(reply.status).toBe(401);
    expect(reply.json.detail).toMatch(/credentials were not provided/);
    expect(reply.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('rejects a token without the vps_ prefix and an unknown token', async () => {
    for (const token of ['abc123', 'vps_not_a_real_token']) {
      const reply = await call(sim, 'GET', '/api/v1/servers/', { token });
      expect(reply.status).toBe(401);
      expect(reply.json).toEqual({ detail: 'Invalid API token' });
    }
  });

  it('rejects an expired token', async () => {
    const reply = await call(sim, 'GET', '/api/v1/account/me/', { token: sim.tokens.expired });
    expect(reply.status).toBe(401);
    expect(reply.json).toEqual({ detail: 'Token has expired' });
  });

  it('expires an added token when the clock passes its expiry', async () => {
    sim.addToken('vps_short_lived', { permissions: ['servers:list'], expiresAt: new Date(clock.now() + 60_000).toISOString() });
    expect((await call(sim, 'GET', '/api/v1/servers/', { token: 'vps_short_lived' })).status).toBe(200);
    clock.advance(60_000);
    expect((await call(sim, 'GET', '/api/v1/servers/', { token: 'vps_short_lived' })).json).toEqual({ detail: 'Token has expired' });
  });

  it('turns a revoked token away mid-session', async () => {
    sim.addToken('vps_revocable', { name: 'CI', permissions: ['*:*'] });
    expect((await call(sim, 'GET', '/api/v1/servers/', { token: 'vps_revocable' })).status).toBe(200);
    sim.revokeToken('vps_revocable');
    expect((await call(sim, 'GET', '/api/v1/servers/', { token: 'vps_revocable' })).status).toBe(401);
  });

  it('refuses to add a token without the vps_ prefix', () => {
    expect(() => sim.addToken('abc', { permissions: [] })).toThrow(/vps_/);
  });
});

describe('GET /account/me/', () => {
  it('describes the account and the calling token', async () => {
    clock.advance(5_000);
    const reply = await call(sim, 'GET', '/api/v1/account/me/', { token: sim.tokens.readOnly });
    expect(reply.status).toBe(200);
    expect(reply.json.account).toMatchObject({ email: expect.stringContaining('@'), first_name: expect.any(String) });
    expect(reply.json.account.created_at).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(reply.json.token).toEqual({
      name: 'Demo read-only',
      permissions: ['servers:list', 'domains:list', 'dns:list'],
      created_at: expect.stringMatching(/Z$/),
      last_used_at: new Date(clock.now()).toISOString().replace('.000Z', 'Z'),
      expires_at: null,
      is_expired: false,
    });
  });

  it('works for a token with no permissions at all', async () => {
    sim.addToken('vps_nothing', { name: 'Nothing', permissions: [], expiresAt: '2030-01-01T00:00:00Z' });
    const reply = await call(sim, 'GET', '/api/v1/account/me/', { token: 'vps_nothing' });
    expect(reply.status).toBe(200);
    expect(reply.json.token).toMatchObject({ permissions: [], expires_at: '2030-01-01T00:00:00Z', is_expired: false });
  });
});

describe('permissions', () => {
  it('answers 403 naming the missing permission', async () => {
    const reply = await call(sim, 'POST', '/api/v1/servers/12345/reboot/', { token: sim.tokens.readOnly });
    expect(reply.status).toBe(403);
    expect(reply.json).toEqual({ detail: 'Token lacks servers:power permission', error_code: 'permission_denied', permission: 'servers:power' });
  });

  it('lets the power token list and reboot, and nothing else', async () => {
    expect((await call(sim, 'POST', '/api/v1/servers/12345/reboot/', { token: sim.tokens.power })).status).toBe(200);
    expect((await call(sim, 'GET', '/api/v1/domains/', { token: sim.tokens.power })).json.permission).toBe('domains:list');
  });

  it('honours resource:* and *:* wildcards', async () => {
    sim.addToken('vps_dns_all', { permissions: ['dns:*'] });
    sim.addToken('vps_star', { permissions: ['*:*'] });
    expect((await call(sim, 'POST', '/api/v1/dns-zones/', { token: 'vps_dns_all', body: { domain: 'wild.example' } })).status).toBe(201);
    expect((await call(sim, 'GET', '/api/v1/servers/', { token: 'vps_dns_all' })).status).toBe(403);
    expect((await call(sim, 'DELETE', '/api/v1/servers/12345/', { token: 'vps_star' })).status).toBe(204);
  });

  it('lets any valid token try the operations the provider names no permission for', async () => {
    sim.addToken('vps_nothing', { permissions: [] });
    const reply = await call(sim, 'DELETE', '/api/v1/domains/101/', { token: 'vps_nothing' });
    expect(reply.status).toBe(204);
  });
});

describe('request bodies', () => {
  it('answers invalid JSON with 400', async () => {
    const reply = await call(sim, 'POST', '/api/v1/dns-zones/', { body: '{"domain": ' });
    expect(reply.status).toBe(400);
    expect(reply.json.detail).toMatch(/JSON parse error/);
  });

  it('answers a body that is not an object with 400', async () => {
    const reply = await call(sim, 'POST', '/api/v1/dns-zones/', { body: ['a.example'] });
    expect(reply.status).toBe(400);
    expect(reply.json.error_code).toBe('validation_error');
  });
});

describe('pagination', () => {
  it('is off by default: {count, results} with everything', async () => {
    const reply = await call(sim, 'GET', '/api/v1/servers/');
    expect(Object.keys(reply.json).sort()).toEqual(['count', 'results']);
    expect(reply.json.results).toHaveLength(reply.json.count);
  });

  it('walks three pages through absolute next and previous links, keeping the filters', async () => {
    sim.generate({ servers: 20 });
    sim.setPageSize(10);
    const first = await call(sim, 'GET', '/api/v1/servers/?status=active');
    const active = [...sim.state.servers.values()].filter((s) => s.status === 'active').length;
    expect(active).toBeGreaterThan(20);
    expect(first.json.count).toBe(active);
    expect(first.json.previous).toBeNull();
    expect(first.json.next).toBe(`${sim.url}/api/v1/servers/?status=active&page=2`);

    const second = await call(sim, 'GET', first.json.next.slice(sim.url.length));
    expect(second.json.previous).toBe(`${sim.url}/api/v1/servers/?status=active`);
    const third = await call(sim, 'GET', second.json.next.slice(sim.url.length));
    expect(third.json.next).toBeNull();
    expect(third.json.previous).toBe(`${sim.url}/api/v1/servers/?status=active&page=2`);

    const ids = [first, second, third].flatMap((page) => page.json.results.map((s: { id: number }) => s.id));
    expect(ids).toHaveLength(active);
    expect(new Set(ids).size).toBe(active);
  });

  it('answers a page past the end or a non-number with 404 Invalid page', async () => {
    sim.setPageSize(5);
    for (const page of ['3', '0', 'abc']) {
      const reply = await call(sim, 'GET', `/api/v1/domains/?page=${page}`);
      expect(reply.status).toBe(404);
      expect(reply.json).toEqual({ detail: 'Invalid page.' });
    }
  });

  it('leaves DNS lists as bare arrays', async () => {
    sim.setPageSize(1);
    const reply = await call(sim, 'GET', '/api/v1/dns-zones/');
    expect(Array.isArray(reply.json)).toBe(true);
    expect(reply.json.length).toBeGreaterThan(1);
  });

  it('rejects a page size that is not a positive whole number', () => {
    expect(() => sim.setPageSize(0)).toThrow(RangeError);
  });
});

describe('bookkeeping', () => {
  it('records every request in order with its status and clock time', async () => {
    clock.advance(1_000);
    await call(sim, 'GET', '/api/v1/servers/?location=us-west');
    clock.advance(1_000);
    await call(sim, 'GET', '/api/v1/nope/', { token: null });
    expect(sim.requests).toEqual([
      { method: 'GET', path: '/api/v1/servers/', query: 'location=us-west', status: 200, at: clock.now() - 1_000 },
      { method: 'GET', path: '/api/v1/nope/', query: '', status: 404, at: clock.now() },
    ]);
  });

  it('closes promptly with an idle keep-alive connection open', async () => {
    const other = await startSimulator({ clock });
    const reply = await request(`${other.url}/api/v1/servers/`, { headers: { authorization: `Bearer ${other.tokens.full}` } });
    await reply.body.text();
    await other.close();
    await expect(request(`${other.url}/api/v1/servers/`)).rejects.toThrow();
  });

  it('serves 1,000 generated servers and domains, in pages when asked', async () => {
    sim.generate({ servers: 1_000, domains: 1_000 });
    const servers = await call(sim, 'GET', '/api/v1/servers/');
    expect(servers.json.count).toBe(1_008);
    expect(new Set(servers.json.results.map((s: { name: string }) => s.name)).size).toBe(1_008);
    sim.setPageSize(100);
    const lastPage = await call(sim, 'GET', '/api/v1/domains/?page=11');
    expect(lastPage.json).toMatchObject({ count: 1_006, next: null });
    expect(lastPage.json.results).toHaveLength(6);
  });

  it('keeps a double slash in the path instead of reading it as another host', async () => {
    const reply = await fetch(`${sim.url}//evil.example/api/v1/servers/`);
    expect(reply.status).toBe(404);
    expect(sim.requests.at(-1)?.path).toBe('//evil.example/api/v1/servers/');
  });

  it('starts empty without seed data', async () => {
    const empty = await startSimulator({ clock, seedData: false });
    try {
      expect((await call(empty, 'GET', '/api/v1/servers/')).json).toEqual({ count: 0, results: [] });
    } finally {
      await empty.close();
    }
  });
});
