import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '@shared/errors';
import { rejection } from '@shared/testing/rejection';
import { createClient } from '../core/api/client';
import type { VpsClient } from '../core/api/client-types';
import { startSimulator, type Simulator } from '../core/simulator/simulator';
import { recordUuid, resolveDomain, resolveServer, resolveZone } from './resolve';
import { UsageError } from './usage-error';

let sim: Simulator;
let client: VpsClient;

beforeAll(async () => {
  sim = await startSimulator();
  client = createClient({ baseUrl: sim.url, token: () => sim.tokens.full });
});

afterAll(async () => {
  await client.close();
  await sim.close();
});

describe('resolveServer', () => {
  it('takes digits as an id without asking, and a name from the list, exact case first', async () => {
    const before = sim.requests.length;
    expect(await resolveServer(client, '12345')).toEqual({ id: 12345 });
    expect(sim.requests.length).toBe(before);
    const web = (await client.servers.list()).find((s) => s.name === 'web-01')!;
    expect(await resolveServer(client, 'WEB-01')).toEqual({ id: web.id, name: 'web-01' });
  });

  it('says when no server has the name, and asks for the id when several do', async () => {
    const missing = await rejection(resolveServer(client, 'nope'));
    expect(isAppError(missing) && missing.kind).toBe('not_found');
    const a = await client.servers.create({ name: 'twin', plan_id: 1, os_id: 3, location: 'us-west' });
    const b = await client.servers.create({ name: 'twin', plan_id: 1, os_id: 3, location: 'us-east' });
    const twins = await rejection(resolveServer(client, 'twin'));
    expect(isAppError(twins) && twins.kind).toBe('invalid_input');
    expect(isAppError(twins) && twins.message).toBe(`2 servers are named "twin"; give the id instead (${a.id}, ${b.id}).`);
  });
});

describe('resolveDomain and resolveZone', () => {
  it('find a domain and a zone by domain name, in any case', async () => {
    const domain = await resolveDomain(client, 'Acme-Labs.dev');
    expect(domain.name).toBe('acme-labs.dev');
    const zone = await resolveZone(client, 'ACME-LABS.DEV');
    expect(zone.domain).toBe('acme-labs.dev');
    expect(await resolveZone(client, zone.uuid)).toEqual({ uuid: zone.uuid });
  });

  it('refuse what is neither an id nor a name, before asking', async () => {
    const before = sim.requests.length;
    expect(await rejection(resolveDomain(client, 'not a domain'))).toBeInstanceOf(UsageError);
    expect(() => recordUuid('../servers', 'RECORD')).toThrow('RECORD must be a uuid');
    expect(sim.requests.length).toBe(before);
  });

  it('say when a domain has no zone', async () => {
    const missing = await rejection(resolveZone(client, 'acme.co'));
    expect(isAppError(missing) && missing.message).toBe('There is no DNS zone for acme.co. `vps dns zones create acme.co` makes one.');
  });
});
