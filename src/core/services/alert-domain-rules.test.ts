import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Domain } from '@shared/api-types';
import { DOMAIN_FIELDS } from '@shared/alerts';
import type { DomainSnapshot } from './alert-ledger';
import { domainExpectationKey, expectation } from './alert-expectations';
import { domainSnapshot, evaluateDomainChanges } from './alert-domain-rules';

const NOW = new Date('2026-01-16T12:00:00Z');
const domain = (patch: Partial<Domain> = {}): Domain => ({
  id: 1,
  domain_name: 'acme.co',
  status: 'active',
  expiration_date: '2027-01-01T00:00:00Z',
  auto_renew: true,
  locked: true,
  privacy_protection: true,
  nameservers: ['ns1.vps.org', 'ns2.vps.org'],
  ...patch,
});

function observe(baseline: Record<string, DomainSnapshot> | null, domains: Domain[], opts: { expected?: Parameters<typeof evaluateDomainChanges>[0]['expected']; snoozed?: boolean } = {}) {
  return evaluateDomainChanges({ baseline, domains, expected: opts.expected ?? {}, silent: false, snoozed: () => opts.snoozed ?? false });
}

describe('domain changes made elsewhere', () => {
  it('record the first sight silently, then report each changed field', () => {
    const first = observe(null, [domain()]);
    expect(first.changes).toEqual([]);
    const next = observe(first.baseline, [domain({ nameservers: ['NS2.cloudflare.com.', 'ns1.cloudflare.com'], locked: false, auto_renew: false })]);
    expect(next.changes.map((c) => [c.field, c.from, c.to])).toEqual([
      ['nameservers', ['ns1.vps.org', 'ns2.vps.org'], ['ns1.cloudflare.com', 'ns2.cloudflare.com']],
      ['locked', true, false],
      ['auto_renew', true, false],
    ]);
    expect(observe(next.baseline, [domain({ nameservers: ['ns1.cloudflare.com', 'ns2.cloudflare.com'], locked: false, auto_renew: false })]).changes).toEqual([]);
  });

  it('leave a lapse into expired, and a renewal out of it, to the expiry reminders', () => {
    const first = observe(null, [domain()]);
    const expired = observe(first.baseline, [domain({ status: 'expired' })]);
    expect(expired.changes).toEqual([]);
    expect(observe(expired.baseline, [domain({ status: 'active' })]).changes).toEqual([]);
    expect(observe(first.baseline, [domain({ status: 'locked' })]).changes.map((c) => [c.from, c.to])).toEqual([['active', 'locked']]);
  });

  it('compare nameservers as a set and leave out fields the list does not carry', () => {
    const first = observe(null, [domain()]);
    const { locked: _l, privacy_protection: _p, ...bare } = domain({ nameservers: ['NS2.VPS.ORG', 'ns1.vps.org.'] });
    expect(observe(first.baseline, [bare]).changes).toEqual([]);
  });

  it('let the app’s own update pass, and keep a snoozed domain’s old values', () => {
    const first = observe(null, [domain()]);
    const expected = { [domainExpectationKey(1, 'auto_renew')]: expectation(false, NOW) };
    const own = observe(first.baseline, [domain({ auto_renew: false })], { expected });
    expect(own.changes).toEqual([]);
    expect(own.expected).toEqual({});
    const snoozed = observe(first.baseline, [domain({ privacy_protection: false })], { snoozed: true });
    expect(snoozed.changes).toEqual([]);
    expect(observe(snoozed.baseline, [domain({ privacy_protection: false })]).changes.map((c) => c.field)).toEqual(['privacy_protection']);
  });

  it('fire exactly once per change of each field and never at first sight (property)', () => {
    const state = fc.record({
      status: fc.constantFrom<Domain['status']>('active', 'pending', 'expired', 'locked'),
      auto_renew: fc.boolean(),
      locked: fc.boolean(),
      privacy_protection: fc.boolean(),
      nameservers: fc.constantFrom<string[]>(['ns1.vps.org', 'ns2.vps.org'], ['ns1.cloudflare.com', 'ns2.cloudflare.com'], ['a.example', 'b.example', 'c.example']),
    });
    fc.assert(
      fc.property(fc.array(state, { minLength: 1, maxLength: 30 }), (states) => {
        let baseline: Record<string, DomainSnapshot> | null = null;
        const fired: string[] = [];
        states.forEach((s, i) => {
          const result = observe(baseline, [domain(s)]);
          if (i === 0) expect(result.changes).toEqual([]);
          fired.push(...result.changes.map((c) => `${i}:${c.field}`));
          baseline = JSON.parse(JSON.stringify(result.baseline)) as Record<string, DomainSnapshot>;
        });
        const snapshots = states.map((s) => domainSnapshot(domain(s)));
        const lapse = (f: string, a: DomainSnapshot, b: DomainSnapshot | undefined) => f === 'status' && (a.status === 'expired' || b?.status === 'expired');
        const changes = snapshots.flatMap((snap, i) =>
          i === 0
            ? []
            : DOMAIN_FIELDS.filter((f) => JSON.stringify(snap[f]) !== JSON.stringify(snapshots[i - 1]?.[f]) && !lapse(f, snap, snapshots[i - 1])).map((f) => `${i}:${f}`),
        );
        expect(fired).toEqual(changes);
      }),
      { numRuns: 300 },
    );
  });
});
