import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { INVALID, compileParse } from './compiled-check';

// The equivalence with valibot over every response schema is a property test in schemas.test.ts;
// these pin down the kinds one by one, and what is refused.
describe('compileParse', () => {
  const parse = compileParse(
    v.object({
      id: v.number(),
      name: v.string(),
      on: v.boolean(),
      kind: v.picklist(['a', 'b']),
      ok: v.literal('success'),
      note: v.optional(v.string()),
      host: v.nullish(v.string(), null),
      ip: v.nullable(v.string()),
      tags: v.array(v.string()),
      nested: v.object({ n: v.number() }),
    }),
  );
  const valid = () => ({ id: 1, name: 'x', on: true, kind: 'a', ok: 'success', ip: null, tags: ['t'], nested: { n: 2 } });

  it('returns a copy with only the schema’s keys, in its order, and missing defaults filled in', () => {
    const input = { extra: 1, ...valid(), nested: { n: 2, secret: 'vps_x' } };
    const output = parse(input);
    expect(output).toStrictEqual({ id: 1, name: 'x', on: true, kind: 'a', ok: 'success', host: null, ip: null, tags: ['t'], nested: { n: 2 } });
    expect(Object.keys(output as object)).toEqual(['id', 'name', 'on', 'kind', 'ok', 'host', 'ip', 'tags', 'nested']);
    expect(input).not.toHaveProperty('host');
  });

  it.each([
    ['a missing required key', { id: undefined }],
    ['NaN for a number', { id: Number.NaN }],
    ['a number for a string', { name: 3 }],
    ['a value outside the picklist', { kind: 'c' }],
    ['another literal', { ok: 'failure' }],
    ['a wrong optional value', { note: 5 }],
    ['null for a required string', { name: null }],
    ['a wrong array item', { tags: ['t', 1] }],
    ['a non-array', { tags: 't' }],
    ['a wrong nested value', { nested: { n: '2' } }],
    ['null for an object', { nested: null }],
  ])('refuses %s', (_, change) => {
    const value: Record<string, unknown> = { ...valid(), ...change };
    for (const [key, replacement] of Object.entries(change)) if (replacement === undefined) delete value[key];
    expect(parse(value)).toBe(INVALID);
  });

  it('drops an own __proto__ key as valibot does, without touching any prototype', () => {
    const output = parse(JSON.parse('{"id":1,"name":"x","on":true,"kind":"a","ok":"success","ip":null,"tags":[],"nested":{"n":1,"__proto__":{"polluted":1}}}'));
    expect(output).toStrictEqual({ ...valid(), host: null, tags: [], nested: { n: 1 } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses at build time what it cannot compile exactly: pipes, fallbacks, computed defaults, other kinds', () => {
    expect(() => compileParse(v.object({ n: v.pipe(v.number(), v.integer()) }))).toThrow(/pipe/);
    expect(() => compileParse(v.object({ n: v.fallback(v.number(), 0) }))).toThrow(/fallback/);
    expect(() => compileParse(v.object({ n: v.optional(v.number(), () => 1) }))).toThrow(/computed default/);
    expect(() => compileParse(v.object({ n: v.optional(v.array(v.number()), []) }))).toThrow(/non-primitive default/);
    expect(() => compileParse(v.looseObject({ n: v.number() }))).toThrow(/'loose_object'/);
    expect(() => compileParse(v.object({ when: v.date() }))).toThrow(/'date'/);
  });
});
