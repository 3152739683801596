// A fast yes/no for the response schemas, derived once from the valibot schema itself.
// Validating a page of servers through valibot's loose objects (which copy every value) costs
// about as much as JSON.parse; the client's overhead budget over bare undici is 10%. A compiled
// check answers "valid?" without copying, so valid data (the usual case) is returned as parsed,
// and valibot runs only to explain a failure. It covers the schema kinds schemas.ts uses and
// refuses any other at load time, so the two cannot silently disagree.
import type * as v from 'valibot';

export type Check = (value: unknown) => boolean;

/** Valibot's public introspection fields, for the kinds compiled here. */
interface SchemaNode {
  type: string;
  entries?: Record<string, SchemaNode>;
  wrapped?: SchemaNode;
  item?: SchemaNode;
  options?: readonly unknown[];
  literal?: unknown;
  default?: unknown;
}

// Objects with an own __proto__, constructor or prototype key go the slow way: valibot drops them.
interface Field {
  key: string;
  check: Check;
  required: boolean;
  /** The value valibot fills in when the key is missing. */
  fill: unknown;
}

function field(key: string, node: SchemaNode): Field {
  const optional = node.type === 'optional' || node.type === 'nullish';
  if (node.default !== undefined && (!optional || typeof node.default === 'function')) {
    throw new Error(`compileCheck supports only constant defaults on optional or nullish fields ('${key}').`);
  }
  return { key, check: compile(node), required: !optional, fill: node.default };
}

function compile(node: SchemaNode): Check {
  switch (node.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      return (value) => typeof value === 'number' && !Number.isNaN(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'literal': {
      const literal = node.literal;
      return (value) => value === literal;
    }
    case 'picklist': {
      const options = new Set(node.options);
      return (value) => options.has(value);
    }
    case 'optional': {
      const inner = compile(node.wrapped as SchemaNode);
      return (value) => value === undefined || inner(value);
    }
    case 'nullable': {
      const inner = compile(node.wrapped as SchemaNode);
      return (value) => value === null || inner(value);
    }
    case 'nullish': {
      const inner = compile(node.wrapped as SchemaNode);
      return (value) => value === null || value === undefined || inner(value);
    }
    case 'array': {
      const item = compile(node.item as SchemaNode);
      return (value) => Array.isArray(value) && value.every(item);
    }
    case 'loose_object': {
      const fields = Object.entries(node.entries ?? {}).map(([key, entry]) => field(key, entry));
      const count = fields.length;
      return (value) => {
        if (typeof value !== 'object' || value === null) return false;
        const record = value as Record<string, unknown>;
        if (Object.hasOwn(record, '__proto__') || Object.hasOwn(record, 'constructor') || Object.hasOwn(record, 'prototype')) return false;
        for (let i = 0; i < count; i++) {
          const { key, check, required, fill } = fields[i] as Field;
          // JSON has no undefined values, and valibot treats a key set to undefined as missing too.
          const entry = record[key];
          if (entry === undefined) {
            if (fill !== undefined) record[key] = fill;
            else if (required) return false;
          } else if (!check(entry)) {
            return false;
          }
        }
        return true;
      };
    }
    default:
      throw new Error(`compileCheck does not support valibot's '${node.type}' schema.`);
  }
}

/**
 * True when valibot would accept the value. Fills in missing defaults in place, as valibot's
 * output would have them, so an accepted value can be used as it is.
 */
export function compileCheck(schema: v.GenericSchema): Check {
  return compile(schema as unknown as SchemaNode);
}
