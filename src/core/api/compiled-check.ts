// A fast path for the response schemas, derived once from the valibot schema itself. Running a
// page of servers through valibot costs about as much as JSON.parse, and the client's overhead
// budget over bare undici is 10%. The compiled parser returns what valibot would return (the
// documented keys only, defaults filled in) without valibot's bookkeeping of issues and paths;
// valibot runs only to explain a failure.
//
// It compiles exactly the schema kinds below, each with valibot's own semantics (compared by a
// property-based test over every response schema), and refuses anything else when the schema
// is built, at load time: a pipe (`v.pipe(v.number(), v.integer())`), a fallback, a computed or
// non-primitive default, another kind of object. So the two cannot disagree silently.
import type * as v from 'valibot';

/** What a compiled parser returns for a value valibot would refuse. */
export const INVALID: unique symbol = Symbol('invalid');

/** valibot's output for the value, or INVALID. */
export type Parse = (value: unknown) => unknown;

/** Valibot's public introspection fields, for the kinds compiled here. */
interface SchemaNode {
  type: string;
  entries?: Record<string, SchemaNode>;
  wrapped?: SchemaNode;
  item?: SchemaNode;
  options?: readonly unknown[];
  literal?: unknown;
  default?: unknown;
  pipe?: unknown;
  fallback?: unknown;
}

function refuse(what: string): never {
  throw new Error(`compileParse cannot compile ${what} exactly; use a schema it supports, or plain valibot.`);
}

/** The constant default of an optional, nullable or nullish schema; undefined when it has none. */
function constantDefault(node: SchemaNode): unknown {
  const fill = node.default;
  if (fill === undefined || fill === null || typeof fill === 'string' || typeof fill === 'number' || typeof fill === 'boolean') return fill;
  return refuse(`a ${typeof fill === 'function' ? 'computed' : 'non-primitive'} default`);
}

const isOptional = (node: SchemaNode): boolean => node.type === 'optional' || node.type === 'nullish';

function compile(node: SchemaNode): Parse {
  if (node.pipe !== undefined) refuse(`a pipe on '${node.type}' (its actions are not compiled)`);
  if (node.fallback !== undefined) refuse(`a fallback on '${node.type}'`);
  switch (node.type) {
    case 'string':
      return (value) => (typeof value === 'string' ? value : INVALID);
    case 'number':
      return (value) => (typeof value === 'number' && !Number.isNaN(value) ? value : INVALID);
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? value : INVALID);
    case 'literal': {
      const literal = node.literal;
      // valibot compares with SameValueZero, as Set and includes do.
      const same = new Set([literal]);
      return (value) => (same.has(value) ? value : INVALID);
    }
    case 'picklist': {
      const options = new Set(node.options);
      return (value) => (options.has(value) ? value : INVALID);
    }
    case 'optional':
    case 'nullable':
    case 'nullish': {
      const inner = compile(node.wrapped as SchemaNode);
      const fill = constantDefault(node);
      const empty =
        node.type === 'optional'
          ? (value: unknown) => value === undefined
          : node.type === 'nullable'
            ? (value: unknown) => value === null
            : (value: unknown) => value === undefined || value === null;
      return (value) => {
        if (!empty(value)) return inner(value);
        const filled = fill === undefined ? value : fill;
        return empty(filled) ? filled : inner(filled);
      };
    }
    case 'array': {
      const item = compile(node.item as SchemaNode);
      return (value) => {
        if (!Array.isArray(value)) return INVALID;
        const out: unknown[] = new Array(value.length);
        for (let i = 0; i < value.length; i++) {
          const parsed = item(value[i]);
          if (parsed === INVALID) return INVALID;
          out[i] = parsed;
        }
        return out;
      };
    }
    case 'object': {
      const entries = Object.entries(node.entries ?? {});
      const count = entries.length;
      const keys = entries.map(([key]) => key);
      const parsers = entries.map(([, entry]) => compile(entry));
      const optional = entries.map(([, entry]) => isOptional(entry));
      // A missing key still gets a value when valibot runs the field's schema on its default.
      const filled = entries.map(([, entry]) => isOptional(entry) && entry.default !== undefined);
      return (value) => {
        if (!value || typeof value !== 'object') return INVALID;
        const record = value as Record<string, unknown>;
        // Only the schema's keys, in the schema's order: an undocumented field goes no further.
        const out: Record<string, unknown> = {};
        for (let i = 0; i < count; i++) {
          const key = keys[i] as string;
          let parsed: unknown;
          // `in`, as valibot does: a key set to undefined counts as present.
          if (key in record) parsed = (parsers[i] as Parse)(record[key]);
          else if (filled[i]) parsed = (parsers[i] as Parse)(undefined);
          else if (optional[i]) continue;
          else return INVALID;
          if (parsed === INVALID) return INVALID;
          out[key] = parsed;
        }
        return out;
      };
    }
    default:
      return refuse(`valibot's '${node.type}' schema`);
  }
}

/** A parser that returns exactly what valibot's parse would, or INVALID where valibot reports an issue. */
export function compileParse(schema: v.GenericSchema): Parse {
  return compile(schema);
}
