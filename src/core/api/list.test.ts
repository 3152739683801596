// List shapes and page links the simulator does not produce, served by a fixture server.
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from './client';
import type { VpsClient } from './client-types';
import { MAX_PAGES } from './list';
import { startFixtureServer, type FixtureReply, type FixtureServer } from './testing/fixture-server';

const zone = (n: number) => ({ uuid: `zone-${n}`, domain: `example${n}.com`, created_at: '2024-01-15T10:30:00Z', record_count: n });
const server = (id: number) => ({
  id,
  name: `web-${id}`,
  hostname: null,
  status: 'active',
  ip_address: '203.0.113.10',
  location: 'us-west',
  plan: { id: 1, name: 'Standard VPS', vcpus: 2, memory: 4096, storage: 80 },
  os: { id: 5, name: 'Ubuntu 22.04 LTS' },
  created_at: '2025-01-10T14:30:00Z',
  updated_at: '2025-01-15T10:20:00Z',
});

let fixture: FixtureServer | undefined;
let client: VpsClient | undefined;

async function serve(reply: (path: string) => FixtureReply): Promise<{ fixture: FixtureServer; client: VpsClient }> {
  fixture = await startFixtureServer(reply);
  client = createClient({ baseUrl: fixture.url, token: () => 'vps_fixture', maxRetries: 0 });
  return { fixture, client };
}

afterEach(async () => {
  await client?.close();
  await fixture?.close();
  client = undefined;
  fixture = undefined;
});

describe('lists', () => {
  it('accept a bare array', async () => {
    const { client } = await serve(() => ({ body: [server(1), server(2)] }));
    expect((await client.servers.list()).map((s) => s.id)).toEqual([1, 2]);
  });

  it('accept {count, results} without next', async () => {
    const { client } = await serve(() => ({ body: { count: 2, results: [zone(1), zone(2)] } }));
    expect((await client.dns.zones.list()).map((z) => z.uuid)).toEqual(['zone-1', 'zone-2']);
  });

  it('tolerate undocumented fields on the list and on its items, and drop them from the items', async () => {
    const { client } = await serve(() => ({ body: { count: 1, results: [{ ...server(7), gpu: 'none', plan: { ...server(7).plan, price: 5 } }], cursor: 'x' } }));
    const [only] = await client.servers.list();
    expect(only).toStrictEqual(server(7));
  });

  it('follow relative and absolute next links, keeping the query', async () => {
    const { client, fixture } = await serve((path) => {
      if (path === '/api/v1/servers/?status=active') return { body: { count: 3, next: '/api/v1/servers/?status=active&page=2', previous: null, results: [server(1)] } };
      if (path === '/api/v1/servers/?status=active&page=2') return { body: { count: 3, next: `${fixture?.url}/api/v1/servers/?status=active&page=3`, previous: null, results: [server(2)] } };
      return { body: { count: 3, next: null, previous: 'x', results: [server(3)] } };
    });
    expect((await client.servers.list({ status: 'active' })).map((s) => s.id)).toEqual([1, 2, 3]);
    expect(fixture.requests.map((r) => r.path)).toEqual([
      '/api/v1/servers/?status=active',
      '/api/v1/servers/?status=active&page=2',
      '/api/v1/servers/?status=active&page=3',
    ]);
  });

  it('follow next links under a base URL with a path prefix', async () => {
    const { fixture } = await serve((path) =>
      path.endsWith('page=2')
        ? { body: { count: 2, next: null, results: [zone(2)] } }
        : { body: { count: 2, next: `${fixture?.url}/proxy/api/v1/dns-zones/?page=2`, results: [zone(1)] } },
    );
    const prefixed = createClient({ baseUrl: `${fixture.url}/proxy/`, token: () => 'vps_fixture' });
    try {
      expect((await prefixed.dns.zones.list()).map((z) => z.uuid)).toEqual(['zone-1', 'zone-2']);
      expect(fixture.requests.map((r) => r.path)).toEqual(['/proxy/api/v1/dns-zones/', '/proxy/api/v1/dns-zones/?page=2']);
    } finally {
      await prefixed.close();
    }
  });

  it('refuse a next link to another origin without requesting it', async () => {
    const { client, fixture } = await serve(() => ({ body: { count: 2, next: 'https://evil.example/api/v1/servers/?page=2', results: [server(1)] } }));
    await expect(client.servers.list()).rejects.toMatchObject({ kind: 'bad_response', message: expect.stringContaining('leads away') });
    expect(fixture.requests).toHaveLength(1);
  });

  it('stop at next links that loop', async () => {
    const { client, fixture } = await serve((path) => ({
      body: { count: 9, next: path.endsWith('page=2') ? '/api/v1/domains/' : '/api/v1/domains/?page=2', results: [] },
    }));
    await expect(client.domains.list()).rejects.toMatchObject({ kind: 'bad_response', message: expect.stringContaining('circle') });
    expect(fixture.requests).toHaveLength(2);
  });

  it(`give up after ${MAX_PAGES} pages`, async () => {
    const { client, fixture } = await serve((path) => {
      const page = Number(new URL(path, 'http://x').searchParams.get('page') ?? '1');
      return { body: { count: 1e9, next: `/api/v1/dns-records/?page=${page + 1}`, results: [] } };
    });
    await expect(client.dns.records.list()).rejects.toMatchObject({ kind: 'bad_response', message: expect.stringContaining(`more than ${MAX_PAGES} pages`) });
    expect(fixture.requests).toHaveLength(MAX_PAGES);
  });

  it('name the field an item lacks', async () => {
    const { status: _status, ...withoutStatus } = server(2);
    const { client } = await serve(() => ({ body: [server(1), withoutStatus] }));
    await expect(client.servers.list()).rejects.toMatchObject({ kind: 'bad_response', message: "VPS.org sent a server without 'status'." });
  });

  it('reject a shape that is no list', async () => {
    const { client } = await serve(() => ({ body: { count: 1, items: [server(1)] } }));
    await expect(client.servers.list()).rejects.toMatchObject({ kind: 'bad_response', message: expect.stringContaining('list of servers') });
  });

  it('reject a next link that is not a string', async () => {
    const { client } = await serve(() => ({ body: { count: 1, next: 2, results: [] } }));
    await expect(client.domains.list()).rejects.toMatchObject({ kind: 'bad_response', message: expect.stringContaining("'next'") });
  });
});
