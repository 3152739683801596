import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { compileCheck } from './compiled-check';

describe('compileCheck', () => {
  const check = compileCheck(
    v.looseObject({
      id: v.number(),
      name: v.string(),
      on: v.boolean(),
      kind: v.picklist(['a', 'b']),
      ok: v.literal('success'),
      note: v.optional(v.string()),
      host: v.nullish(v.string(), null),
      ip: v.nullable(v.string()),
      tags: v.array(v.string()),
      nested: v.looseObject({ n: v.number() }),
    }),
  );
  const valid = () => ({ id: 1, name: 'x', on: true, kind: 'a', ok: 'success', ip: null, tags: ['t'], nested: { n: 2 }, extra: 1 });

  it('accepts a valid value, unknown keys and all, and fills missing defaults in place', () => {
    const value: Record<string, unknown> = valid();
    expect(check(value)).toBe(true);
    expect(value.host).toBeNull();
    expect(value).not.toHaveProperty('note');
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
  ])('rejects %s', (_, change) => {
    const value: Record<string, unknown> = { ...valid(), ...change };
    for (const [key, replacement] of Object.entries(change)) if (replacement === undefined) delete value[key];
    expect(check(value)).toBe(false);
  });

  it('leaves objects with keys valibot strips to valibot', () => {
    expect(check(JSON.parse('{"id":1,"name":"x","on":true,"kind":"a","ok":"success","ip":null,"tags":[],"nested":{"n":1,"__proto__":{}}}'))).toBe(false);
  });

  it('refuses schema kinds it does not know, and computed defaults', () => {
    expect(() => compileCheck(v.looseObject({ when: v.date() }))).toThrow(/'date'/);
    expect(() => compileCheck(v.looseObject({ n: v.optional(v.number(), () => 1) }))).toThrow(/defaults/);
  });
});
