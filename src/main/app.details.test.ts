import { afterEach, describe, expect, it } from 'vitest';
import type { AppState } from '@shared/app-state';
import { detailOf, type DetailKind, type DetailTarget } from '@shared/details';
import { REALISTIC_TIMINGS, startSimulator, type Simulator } from '../core/simulator/simulator';
import { EMIT_COALESCE_MS } from '../core/services/state-holder';
import { createHarness, signIn, type Harness } from './testing/app-harness';

// The zone, domain, record and account details the window looks at live in the app state: the
// window says which, main fetches them, keeps them fresh and drops them.
let h: Harness;
let other: Simulator | null = null;
afterEach(async () => {
  await h.close();
  await other?.close();
  other = null;
});

async function signedIn(): Promise<void> {
  h = await createHarness();
  await h.app.start();
  await signIn(h);
  await h.app.setWindowVisible(true);
}

function zoneOf(domain: string): { kind: 'zone'; zoneId: string } {
  const zone = h.app.state().zones.find((z) => z.domain === domain);
  if (!zone) throw new Error(`no zone ${domain} in ${JSON.stringify(h.app.state().zones.map((z) => z.domain))}`);
  return { kind: 'zone', zoneId: zone.uuid };
}

const published = <K extends DetailKind>(target: Extract<DetailTarget, { kind: K }>) => detailOf(h.app.state().details, target);
const zoneRecords = (target: { kind: 'zone'; zoneId: string }): string[] =>
  (published(target)?.value?.records ?? []).map((r) => `${r.record_type} ${r.name} ${r.value}`).sort();
const gets = (sim: Simulator, path: string): number => sim.requests.filter((r) => r.method === 'GET' && r.path === path).length;

describe('details in the app state', () => {
  it('publishes an opened zone with its records, loading first', async () => {
    await signedIn();
    const target = zoneOf('acme-shop.com');
    const opened = h.app.handlers.watchDetails({ targets: [target] });
    expect(published(target)).toMatchObject({ status: 'loading', value: null, error: null });
    await opened;
    const seeded = [...h.sim.state.zoneRecords(target.zoneId)].map((r) => `${r.record_type} ${r.name} ${r.value}`).sort();
    expect(seeded.length).toBeGreaterThan(0);
    expect(published(target)).toMatchObject({ status: 'ready', error: null, value: { domain: 'acme-shop.com' } });
    expect(zoneRecords(target)).toEqual(seeded);
  });

  it('shows a record created, edited and deleted through the app in the open zone at once', async () => {
    await signedIn();
    const target = zoneOf('acme-shop.com');
    await h.app.handlers.watchDetails({ targets: [target, { kind: 'records', recordType: 'TXT' }] });

    const created = await h.app.handlers.createZoneRecord({ zoneId: target.zoneId, record: { record_type: 'TXT', name: 'hello', value: 'v=one' } });
    expect(zoneRecords(target)).toContain('TXT hello v=one');
    expect(published({ kind: 'records', recordType: 'TXT' })?.value?.map((r) => r.uuid)).toContain(created.uuid);

    await h.app.handlers.updateRecord({ recordId: created.uuid, patch: { value: 'v=two' } });
    expect(zoneRecords(target)).toContain('TXT hello v=two');
    expect(zoneRecords(target)).not.toContain('TXT hello v=one');

    await h.app.handlers.replaceRecord({ recordId: created.uuid, record: { record_type: 'A', name: 'hello', value: '192.0.2.7' } });
    expect(zoneRecords(target)).toContain('A hello 192.0.2.7');

    await h.app.handlers.deleteRecord({ recordId: created.uuid });
    expect(zoneRecords(target).filter((r) => r.includes(' hello '))).toEqual([]);
    expect(published({ kind: 'records', recordType: 'TXT' })?.value?.map((r) => r.uuid)).not.toContain(created.uuid);
  });

  it('shows a change made elsewhere after the next visible refresh, never emptying the zone meanwhile', async () => {
    await signedIn();
    const target = zoneOf('acme-shop.com');
    await h.app.handlers.watchDetails({ targets: [target] });
    h.sim.state.addRecord({ uuid: 'elsewhere-1', zone: target.zoneId, record_type: 'TXT', name: 'made', value: 'elsewhere', ttl: 300, priority: null, createdAt: h.clock.now() });
    expect(zoneRecords(target)).not.toContain('TXT made elsewhere');

    const emitted: AppState[] = [];
    h.app.onState((state) => emitted.push(state));
    const refreshing = h.app.handlers.refresh(undefined);
    await h.timers.advance(EMIT_COALESCE_MS);
    await refreshing;
    await h.timers.advance(EMIT_COALESCE_MS);
    expect(zoneRecords(target)).toContain('TXT made elsewhere');
    expect(emitted.length).toBeGreaterThan(0);
    expect(emitted.map((state) => detailOf(state.details, target)?.status)).not.toContain('loading');
  });

  it('drops what the window stops looking at, and fetches nothing more for it', async () => {
    await signedIn();
    const target = zoneOf('acme-shop.com');
    const path = `/api/v1/dns-zones/${target.zoneId}/`;
    await h.app.handlers.watchDetails({ targets: [target, { kind: 'account' }] });
    expect(gets(h.sim, path)).toBe(1);
    // Still looking: nothing is fetched again.
    await h.app.handlers.watchDetails({ targets: [{ kind: 'account' }, target] });
    expect(gets(h.sim, path)).toBe(1);

    await h.app.handlers.watchDetails({ targets: [{ kind: 'account' }] });
    expect(published(target)).toBeUndefined();
    expect(Object.keys(h.app.state().details)).toEqual(['account:/']);
    await h.app.handlers.refresh(undefined);
    expect(gets(h.sim, path)).toBe(1);
  });

  it('shows a zone deleted elsewhere as not found, and an error with what to do', async () => {
    await signedIn();
    const target = zoneOf('acme-api.io');
    await h.app.handlers.watchDetails({ targets: [target] });
    h.sim.state.deleteZone(target.zoneId);
    await h.app.handlers.refresh(undefined);
    expect(published(target)).toMatchObject({ status: 'not_found', value: null, error: { kind: 'not_found', message: expect.stringContaining('Refresh') } });

    // Another failure keeps what was shown, with the error beside it.
    const shop = zoneOf('acme-shop.com');
    await h.app.handlers.watchDetails({ targets: [shop] });
    h.sim.faults.inject({ path: `/api/v1/dns-zones/${shop.zoneId}/`, kind: 'status', status: 500 });
    await h.app.handlers.refresh(undefined).catch(() => undefined);
    expect(published(shop)).toMatchObject({ status: 'error', error: { kind: 'server' }, value: { domain: 'acme-shop.com' } });
  });

  it('shows a domain saved through the app in its open details', async () => {
    await signedIn();
    const shop = h.app.state().domains.find((d) => d.domain_name === 'acme-shop.com')!;
    const target = { kind: 'domain', domainId: shop.id } as const;
    await h.app.handlers.watchDetails({ targets: [target] });
    expect(published(target)?.value?.domain_name).toBe('acme-shop.com');
    const locked = published(target)?.value?.locked ?? false;
    await h.app.handlers.updateDomain({ domainId: shop.id, settings: { locked: !locked } });
    expect(published(target)?.value?.locked).toBe(!locked);
  });

  it("reads another account's zone and domain with that account's token, from its own server", async () => {
    h = await createHarness();
    other = await startSimulator({ clock: h.clock, timings: REALISTIC_TIMINGS });
    await h.app.start();
    const beside = await h.app.handlers.addToken({ token: other.tokens.full, apiUrl: other.url, profileName: 'Beside' });
    await signIn(h);
    await h.app.setWindowVisible(true);
    const profileId = beside.profileId!;
    const zone = [...other.state.zones.values()].find((z) => z.domain === 'acme-shop.com')!;
    const domain = [...other.state.domains.values()].find((d) => d.domain_name === 'acme-shop.com')!;
    other.state.addRecord({ uuid: 'beside-1', zone: zone.uuid, record_type: 'TXT', name: 'only', value: 'beside', ttl: 300, priority: null, createdAt: h.clock.now() });
    const zoneTarget = { kind: 'zone', zoneId: zone.uuid, profileId } as const;
    const domainTarget = { kind: 'domain', domainId: domain.id, profileId } as const;

    const activeBefore = gets(h.sim, `/api/v1/dns-zones/${zone.uuid}/`);
    await h.app.handlers.watchDetails({ targets: [zoneTarget, domainTarget] });
    expect(zoneRecords(zoneTarget)).toContain('TXT only beside');
    expect(published(domainTarget)?.value?.domain_name).toBe('acme-shop.com');
    expect(gets(other, `/api/v1/dns-zones/${zone.uuid}/`)).toBe(1);
    expect(gets(other, `/api/v1/domains/${domain.id}/`)).toBe(1);
    expect(gets(h.sim, `/api/v1/dns-zones/${zone.uuid}/`)).toBe(activeBefore);
  });

  it("never shows one account's details under another: switching accounts fetches them anew", async () => {
    await signedIn();
    const first = h.app.state().session.profileId!;
    await h.app.handlers.addToken({ token: h.sim.tokens.readOnly, apiUrl: h.sim.url, profileName: 'Second' });
    await h.app.handlers.watchDetails({ targets: [{ kind: 'account' }] });
    expect(published({ kind: 'account' })?.value?.token.name).toBe(h.app.state().session.tokenName);

    // Back to the first account, whose token was revoked meanwhile: no refresh can run for it.
    h.sim.revokeToken(h.sim.tokens.full);
    await h.app.handlers.switchProfile({ profileId: first });
    expect(h.app.state().session).toMatchObject({ profileId: first, status: 'invalid' });
    expect(published({ kind: 'account' })).toMatchObject({ status: 'loading', value: null });

    // With a new token saved for the first account, the refresh after it fetches its own.
    h.sim.addToken('vps_renewed_full_access_1c2d3e', { name: 'Renewed', permissions: ['*:*'] });
    await h.app.handlers.addToken({ token: 'vps_renewed_full_access_1c2d3e', apiUrl: h.sim.url, profileId: first });
    expect(published({ kind: 'account' })).toMatchObject({ status: 'ready', value: { token: { name: 'Renewed' } } });
  });
});
