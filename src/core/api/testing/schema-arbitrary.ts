// For property tests: values a valibot schema accepts, derived from the schema itself, so a
// schema added to schemas.ts is covered without writing its generator by hand; and mutations
// of them, reaching the values just on either side of what it accepts.
import fc from 'fast-check';
import type * as v from 'valibot';
import type { SchemaNode } from '../compiled-check';

const OPTIONAL_KINDS = new Set(['optional', 'nullish']);

function arbitrary(node: SchemaNode): fc.Arbitrary<unknown> {
  switch (node.type) {
    case 'string':
      return fc.string({ maxLength: 12 });
    case 'number':
      return fc.oneof(fc.integer(), fc.double({ noNaN: true }));
    case 'boolean':
      return fc.boolean();
    case 'literal':
      return fc.constant(node.literal);
    case 'picklist':
      return fc.constantFrom(...(node.options ?? []));
    case 'optional':
      return fc.option(arbitrary(node.wrapped as SchemaNode), { nil: undefined });
    case 'nullable':
      return fc.option(arbitrary(node.wrapped as SchemaNode), { nil: null });
    case 'nullish':
      return fc.oneof(arbitrary(node.wrapped as SchemaNode), fc.constant(null), fc.constant(undefined));
    case 'array':
      return fc.array(arbitrary(node.item as SchemaNode), { maxLength: 3 });
    case 'object': {
      const entries = Object.entries(node.entries ?? {});
      const record = Object.fromEntries(entries.map(([key, entry]) => [key, arbitrary(entry)]));
      const requiredKeys = entries.filter(([, entry]) => !OPTIONAL_KINDS.has(entry.type)).map(([key]) => key);
      return fc.record(record, { requiredKeys });
    }
    default:
      throw new Error(`schemaArbitrary does not know valibot's '${node.type}' schema.`);
  }
}

/** Values the schema accepts; optional keys sometimes missing, sometimes present. */
export function validValues(schema: v.GenericSchema): fc.Arbitrary<unknown> {
  return arbitrary(schema as unknown as SchemaNode);
}

/** Keys no schema declares: adding one can only ever be an undocumented field. */
export const undocumentedKey = fc.string({ minLength: 1, maxLength: 12 }).map((key) => `x_${key}`);

/** A valid value with one to three keys or items deleted, replaced by any value, or added, anywhere in it. */
export function mutatedValues(schema: v.GenericSchema): fc.Arbitrary<unknown> {
  const change = fc.record({
    pick: fc.nat(),
    op: fc.constantFrom('delete', 'replace', 'add'),
    value: fc.oneof(fc.jsonValue(), fc.constant(undefined)),
    key: fc.oneof(undocumentedKey, fc.constantFrom('__proto__', 'constructor', 'toString')),
  });
  return fc.tuple(validValues(schema), fc.array(change, { minLength: 1, maxLength: 3 })).map(([generated, changes]) => {
    const value: unknown = structuredClone(generated);
    for (const { pick, op, value: replacement, key } of changes) {
      const containers: Record<string | number, unknown>[] = [];
      const walk = (node: unknown): void => {
        if (typeof node !== 'object' || node === null) return;
        containers.push(node as Record<string | number, unknown>);
        for (const child of Object.values(node)) walk(child);
      };
      walk(value);
      const target = containers[pick % Math.max(containers.length, 1)];
      if (target === undefined) return replacement;
      const keys = Object.keys(target);
      const existing = keys[pick % Math.max(keys.length, 1)];
      if (Array.isArray(target) && (op === 'add' || existing === undefined)) target.push(replacement);
      else if (op === 'add' || existing === undefined) Object.defineProperty(target, key, { value: replacement, enumerable: true, writable: true, configurable: true });
      else if (op === 'delete' && Array.isArray(target)) target.splice(Number(existing), 1);
      else if (op === 'delete') delete target[existing];
      else target[existing] = replacement;
    }
    return value;
  });
}
