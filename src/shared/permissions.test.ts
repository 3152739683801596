import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canPerform, grants, hasPermission } from './permissions';
import { OPERATION_IDS, OPERATIONS } from './operations';

const word = fc.stringMatching(/^[a-z][a-z-]{0,10}$/);

describe('permissions', () => {
  it('matches exact, resource wildcard and full wildcard grants', () => {
    expect(grants('servers:power', 'servers:power')).toBe(true);
    expect(grants('servers:*', 'servers:power')).toBe(true);
    expect(grants('*:*', 'dns:delete')).toBe(true);
    expect(grants('servers:list', 'servers:power')).toBe(false);
    expect(grants('dns:*', 'servers:list')).toBe(false);
    expect(grants('garbage', 'servers:list')).toBe(false);
  });

  it('grants exactly what the pattern covers (property)', () => {
    fc.assert(
      fc.property(word, word, word, word, (gr, ga, nr, na) => {
        expect(grants(`${gr}:${ga}`, `${nr}:${na}`)).toBe(gr === nr && ga === na);
        expect(grants(`${gr}:*`, `${nr}:${na}`)).toBe(gr === nr);
        expect(grants(`*:${ga}`, `${nr}:${na}`)).toBe(ga === na);
        expect(grants('*:*', `${nr}:${na}`)).toBe(true);
      }),
    );
  });

  it('adding permissions never takes an operation away (property)', () => {
    const perm = fc.oneof(fc.constantFrom('*:*', 'servers:*', 'dns:*', 'domains:*'), fc.tuple(word, word).map(([r, a]) => `${r}:${a}`));
    fc.assert(
      fc.property(fc.array(perm), fc.array(perm), fc.constantFrom(...OPERATION_IDS), (a, b, op) => {
        if (canPerform(a, op).allowed === true) expect(canPerform([...a, ...b], op).allowed).toBe(true);
      }),
    );
  });

  it('names the missing permission, and lets the API decide where the provider names none', () => {
    expect(canPerform(['servers:list'], 'servers.reboot')).toEqual({ allowed: false, permission: 'servers:power', reason: 'needs servers:power' });
    expect(canPerform([], 'account.me')).toEqual({ allowed: true });
    expect(canPerform([], 'domains.register')).toEqual({ allowed: 'unknown' });
    expect(hasPermission(['dns:*'], OPERATIONS['dns.records.delete'].permission)).toBe(true);
  });
});
