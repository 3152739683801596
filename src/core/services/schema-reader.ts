// Reads what the Store holds through a schema, remembering the last text that passed: the alert
// ledger of a large account (thousands of servers and domains) is read on every refresh, and
// validating it each time would cost more than the refresh. A changed value is validated again.
import * as v from 'valibot';

export type SchemaReader<T> = (stored: unknown) => T | null;

/** `stored` must be the reader's own copy (Store.get returns one): it may be handed out as is. */
export function createSchemaReader<T>(schema: v.GenericSchema<unknown, T>): SchemaReader<T> {
  let passed: string | null = null;
  return (stored) => {
    const text = JSON.stringify(stored);
    if (text !== undefined && text === passed) return stored as T;
    const parsed = v.safeParse(schema, stored);
    if (!parsed.success) return null;
    passed = JSON.stringify(parsed.output) === text ? text : null;
    return parsed.output;
  };
}
