import { describe, expect, it } from 'vitest';
import { addYears, DAY_MS, SimState, type SimDomain, type SimServer } from './state';
import { REALISTIC_TIMINGS } from './timings';

const now = Date.UTC(2026, 0, 16, 12);

function newState(balance = 100): SimState {
  return new SimState({ timings: REALISTIC_TIMINGS, balance, account: { email: 'a@b.example', first_name: null, last_name: null, company_name: null, createdAt: now } });
}

function server(state: SimState, overrides: Partial<SimServer> = {}): SimServer {
  return state.addServer({
    id: state.newServerId(),
    name: 'web',
    hostname: null,
    status: 'active',
    ip_address: null,
    ipv6_address: null,
    location: 'us-west',
    planId: 1,
    osId: 5,
    backups_enabled: false,
    createdAt: now,
    updatedAt: now,
    transition: null,
    ...overrides,
  });
}

function domain(state: SimState, overrides: Partial<SimDomain> = {}): SimDomain {
  return state.addDomain({
    id: state.newDomainId(),
    domain_name: 'a.com',
    status: 'active',
    registeredAt: now - 400 * DAY_MS,
    expiresAt: now + 30 * DAY_MS,
    updatedAt: now,
    auto_renew: false,
    locked: true,
    nameservers: ['ns1.vps.org', 'ns2.vps.org'],
    privacy_protection: true,
    pendingUntil: null,
    transfer: null,
    ...overrides,
  });
}

describe('SimState.settle', () => {
  it('finishes a transition exactly when it is due, giving a provisioned server its addresses', () => {
    const state = newState();
    const s = server(state);
    state.beginTransition(s, 'provisioning', 'active', 1_000, now);
    state.settle(now + 999);
    expect(s.status).toBe('provisioning');
    state.settle(now + 5_000);
    expect(s).toMatchObject({ status: 'active', updatedAt: now + 1_000, transition: null });
    expect(s.ip_address).not.toBeNull();
    expect(s.ipv6_address).not.toBeNull();
  });

  it('activates a pending domain, expires a lapsed one, and renews a transferred one by a year', () => {
    const state = newState();
    const pending = domain(state, { status: 'pending', pendingUntil: now + 1_000 });
    const lapsing = domain(state, { domain_name: 'b.com', expiresAt: now + 2_000 });
    const moving = domain(state, { domain_name: 'c.com', status: 'expired', expiresAt: now - DAY_MS, transfer: { initiatedAt: now, completesAt: now + 3_000 } });
    state.settle(now + 3_000);
    expect(pending.status).toBe('active');
    expect(lapsing.status).toBe('expired');
    expect(moving).toMatchObject({ status: 'active', expiresAt: addYears(now - DAY_MS, 1), transfer: null });
  });

  it('renews an auto-renew domain on its expiry date, a year at a time, and lets the others lapse', () => {
    const state = newState();
    const renewing = domain(state, { auto_renew: true, expiresAt: now + 2_000 });
    const lapsing = domain(state, { domain_name: 'b.com', expiresAt: now + 2_000 });
    state.settle(now + 2_000 + 400 * DAY_MS);
    expect(renewing).toMatchObject({ status: 'active', expiresAt: addYears(addYears(now + 2_000, 1), 1) });
    expect(lapsing.status).toBe('expired');
  });
});

describe('SimState', () => {
  it('charges in whole cents and refuses what the balance cannot pay', () => {
    const state = newState(25);
    expect(state.charge(12.99)).toBe(true);
    expect(state.balance).toBe(12.01);
    expect(state.charge(12.02)).toBe(false);
    expect(state.balance).toBe(12.01);
    expect(state.charge(12.01)).toBe(true);
    expect(state.balance).toBe(0);
  });

  it('hands out the same uuids in every run, in uuid shape', () => {
    const a = newState();
    const b = newState();
    const uuids = [a.newUuid(), a.newUuid()];
    expect([b.newUuid(), b.newUuid()]).toEqual(uuids);
    expect(uuids[0]).not.toBe(uuids[1]);
    for (const uuid of uuids) expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('deletes a zone together with its records only', () => {
    const state = newState();
    const keep = state.addZone({ uuid: state.newUuid(), domain: 'keep.com', createdAt: now });
    const drop = state.addZone({ uuid: state.newUuid(), domain: 'drop.com', createdAt: now });
    for (const zone of [keep, drop]) {
      state.addRecord({ uuid: state.newUuid(), zone: zone.uuid, record_type: 'A', name: '@', value: '192.0.2.1', ttl: 60, priority: null, createdAt: now });
    }
    state.deleteZone(drop.uuid);
    expect([...state.zones.keys()]).toEqual([keep.uuid]);
    expect([...state.records.values()].map((r) => r.zone)).toEqual([keep.uuid]);
  });
});
