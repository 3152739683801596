import { describe, expect, it } from 'vitest';
import { call, realisticSimulatorPerTest, seededId } from './testing/http-calls';
import { REALISTIC_TIMINGS, type ManualClock, type Simulator } from './simulator';

const DAY = 86_400_000;
let sim: Simulator;
let clock: ManualClock;
realisticSimulatorPerTest((started, manual) => {
  sim = started;
  clock = manual;
});

const domainId = (name: string): number => seededId(sim.state.domains, (d) => d.domain_name === name, `domain ${name}`);

describe('GET /domains/', () => {
  it('lists the demo domains with expiry dates relative to now', async () => {
    const reply = await call(sim, 'GET', '/api/v1/domains/');
    expect(reply.status).toBe(200);
    const days = reply.json.results.map((d: { expiration_date: string }) => Math.round((Date.parse(d.expiration_date) - clock.now()) / DAY));
    expect(days).toEqual(expect.arrayContaining([3, 10, 25, 60, 400, -2]));
    const expired = reply.json.results.find((d: { expiration_date: string }) => Date.parse(d.expiration_date) < clock.now());
    expect(expired.status).toBe('expired');
  });

  it('filters by status and by a piece of the name', async () => {
    const expired = await call(sim, 'GET', '/api/v1/domains/?status=expired');
    expect(expired.json.results.map((d: { domain_name: string }) => d.domain_name)).toEqual(['acme-promo.org']);
    const search = await call(sim, 'GET', '/api/v1/domains/?search=API');
    expect(search.json.results.map((d: { domain_name: string }) => d.domain_name)).toEqual(['acme-api.io']);
  });

  it('marks a domain expired once the clock passes its expiration date', async () => {
    clock.advance(3 * DAY);
    const expired = await call(sim, 'GET', '/api/v1/domains/?status=expired');
    expect(expired.json.results.map((d: { domain_name: string }) => d.domain_name)).toContain('acme-shop.com');
  });
});

describe('POST /domains/', () => {
  it('registers a pending domain at years × the TLD price, which becomes active later', async () => {
    const reply = await call(sim, 'POST', '/api/v1/domains/', { body: { domain_name: 'MyNewDomain.com', years: 2 } });
    expect(reply.status).toBe(201);
    expect(reply.json).toMatchObject({
      domain_name: 'mynewdomain.com',
      status: 'pending',
      auto_renew: true,
      privacy_protection: true,
      locked: true,
      nameservers: ['ns1.vps.org', 'ns2.vps.org'],
      dns_managed_by: 'vps.org',
      total_cost: 25.98,
    });
    expect(reply.json.message).toMatch(/5-10 minutes/);
    expect(new Date(reply.json.expiration_date).getUTCFullYear() - new Date(reply.json.registration_date).getUTCFullYear()).toBe(2);
    expect(sim.state.balance).toBe(474.02);

    clock.advance(REALISTIC_TIMINGS.domainPendingMs);
    expect((await call(sim, 'GET', `/api/v1/domains/${reply.json.id}/`)).json.status).toBe('active');
  });

  it('prices TLDs outside the table at 19.99 and honours custom nameservers', async () => {
    const reply = await call(sim, 'POST', '/api/v1/domains/', {
      body: { domain_name: 'shop.xyz', nameservers: ['ns1.cloudflare.com', 'ns2.cloudflare.com'], auto_renew: false },
    });
    expect(reply.json).toMatchObject({ total_cost: 19.99, dns_managed_by: 'external', auto_renew: false });
  });

  it('answers 402 when the balance cannot pay, taking nothing', async () => {
    sim.setBalance(50);
    const reply = await call(sim, 'POST', '/api/v1/domains/', { body: { domain_name: 'startup.io', years: 2 } });
    expect(reply.status).toBe(402);
    expect(reply.json).toEqual({ detail: 'Insufficient account balance' });
    expect(sim.state.balance).toBe(50);
  });

  it.each([
    [{ domain_name: 'not a domain' }, 'domain_name'],
    [{ domain_name: 'nodot' }, 'domain_name'],
    [{}, 'domain_name'],
    [{ domain_name: 'acme-shop.com' }, 'domain_name'],
    [{ domain_name: 'fresh.com', years: 0 }, 'years'],
    [{ domain_name: 'fresh.com', years: 11 }, 'years'],
    [{ domain_name: 'fresh.com', nameservers: ['ns1.vps.org'] }, 'nameservers'],
  ])('answers 400 naming the field for %j', async (body, field) => {
    const reply = await call(sim, 'POST', '/api/v1/domains/', { body });
    expect(reply.status).toBe(400);
    expect(reply.json).toMatchObject({ error_code: 'validation_error', field });
  });
});

describe('GET /domains/{id}/', () => {
  it('adds registrar, whois, the zone’s record count and honest days until expiration', async () => {
    const reply = await call(sim, 'GET', `/api/v1/domains/${domainId('acme-shop.com')}/`);
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ registrar: 'VPS.org', days_until_expiration: 3, dns_records_count: 11 });
    expect(reply.json.whois_info).toMatchObject({ registrant: 'Privacy Protected', created_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    clock.advance(DAY);
    expect((await call(sim, 'GET', `/api/v1/domains/${domainId('acme-shop.com')}/`)).json.days_until_expiration).toBe(2);
  });

  it('counts down below zero for an expired domain, and shows the owner without privacy', async () => {
    const reply = await call(sim, 'GET', `/api/v1/domains/${domainId('acme-promo.org')}/`);
    expect(reply.json.days_until_expiration).toBe(-2);
    expect(reply.json.dns_records_count).toBe(0);
    expect(reply.json.whois_info.registrant).not.toBe('Privacy Protected');
  });

  it('answers 404 for an unknown id', async () => {
    expect((await call(sim, 'GET', '/api/v1/domains/9999/')).status).toBe(404);
  });
});

describe('PUT /domains/{id}/', () => {
  it('changes only the given settings', async () => {
    const id = domainId('acme.co');
    const reply = await call(sim, 'PUT', `/api/v1/domains/${id}/`, { body: { auto_renew: false, nameservers: ['ns1.cloudflare.com', 'ns2.cloudflare.com'] } });
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ id, domain_name: 'acme.co', auto_renew: false, privacy_protection: true, locked: true, nameservers: ['ns1.cloudflare.com', 'ns2.cloudflare.com'] });
    expect(reply.json.message).toMatch(/updated successfully/);
    expect((await call(sim, 'GET', `/api/v1/domains/${id}/`)).json.dns_managed_by).toBe('external');
  });

  it('takes 2 to 4 nameservers only', async () => {
    const id = domainId('acme.co');
    for (const nameservers of [['a.example'], ['a.example', 'b.example', 'c.example', 'd.example', 'e.example']]) {
      const reply = await call(sim, 'PUT', `/api/v1/domains/${id}/`, { body: { nameservers } });
      expect(reply.status).toBe(400);
      expect(reply.json.field).toBe('nameservers');
    }
  });

  it('needs domains:update', async () => {
    const reply = await call(sim, 'PUT', `/api/v1/domains/${domainId('acme.co')}/`, { token: sim.tokens.readOnly, body: { locked: false } });
    expect(reply.json.permission).toBe('domains:update');
  });
});

describe('DELETE /domains/{id}/', () => {
  it('removes the domain from the account with 204 and an empty body', async () => {
    const id = domainId('acme-labs.dev');
    const reply = await call(sim, 'DELETE', `/api/v1/domains/${id}/`);
    expect(reply.status).toBe(204);
    expect(reply.text).toBe('');
    expect((await call(sim, 'GET', `/api/v1/domains/${id}/`)).status).toBe(404);
    expect((await call(sim, 'GET', '/api/v1/dns-zones/?domain=acme-labs.dev')).json).toHaveLength(1);
  });
});

describe('POST /domains/{id}/transfer/', () => {
  it('starts a transfer for one year’s transfer price; completion renews the domain for a year', async () => {
    const id = domainId('acme-corp.net');
    const expiry = sim.state.domains.get(id)?.expiresAt as number;
    const reply = await call(sim, 'POST', `/api/v1/domains/${id}/transfer/`, { body: { auth_code: 'Xy9Kl2Mn#4pQ', auto_renew: true } });
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ id, domain_name: 'acme-corp.net', transfer_status: 'pending' });
    expect(Date.parse(reply.json.estimated_completion) - Date.parse(reply.json.transfer_initiated_at)).toBe(7 * DAY);
    expect(reply.json.next_steps).toHaveLength(4);
    expect(sim.state.balance).toBe(485.01);

    expect((await call(sim, 'POST', `/api/v1/domains/${id}/transfer/`, { body: { auth_code: 'again' } })).status).toBe(400);
    clock.advance(7 * DAY);
    const after = await call(sim, 'GET', `/api/v1/domains/${id}/`);
    expect(new Date(after.json.expiration_date).getUTCFullYear()).toBe(new Date(expiry).getUTCFullYear() + 1);
    expect(after.json.auto_renew).toBe(true);
  });

  it('answers 400 on auth_code when the code is empty or missing', async () => {
    for (const body of [{ auth_code: '' }, { auth_code: '   ' }, {}]) {
      const reply = await call(sim, 'POST', `/api/v1/domains/${domainId('acme-corp.net')}/transfer/`, { body });
      expect(reply.status).toBe(400);
      expect(reply.json.field).toBe('auth_code');
    }
  });

  it('refuses a domain younger than 60 days', async () => {
    const created = await call(sim, 'POST', '/api/v1/domains/', { body: { domain_name: 'young.com' } });
    const reply = await call(sim, 'POST', `/api/v1/domains/${created.json.id}/transfer/`, { body: { auth_code: 'code' } });
    expect(reply.status).toBe(400);
    expect(reply.json.detail).toMatch(/60 days/);
  });

  it('answers 402 when the balance cannot pay the transfer fee', async () => {
    sim.setBalance(1);
    const reply = await call(sim, 'POST', `/api/v1/domains/${domainId('acme-corp.net')}/transfer/`, { body: { auth_code: 'code' } });
    expect(reply.status).toBe(402);
  });

  it('answers 404 for an unknown domain', async () => {
    expect((await call(sim, 'POST', '/api/v1/domains/9999/transfer/', { body: { auth_code: 'code' } })).status).toBe(404);
  });
});
