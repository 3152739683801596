import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createSchemaReader } from './schema-reader';

describe('a schema reader', () => {
  it('validates a value once, and again when it changes', () => {
    let checks = 0;
    const schema = v.object({ n: v.pipe(v.number(), v.check(() => ++checks > 0)) });
    const read = createSchemaReader(schema);
    expect(read({ n: 1 })).toEqual({ n: 1 });
    expect(read({ n: 1 })).toEqual({ n: 1 });
    expect(checks).toBe(1);
    expect(read({ n: 2 })).toEqual({ n: 2 });
    expect(checks).toBe(2);
    expect(read({ n: 'x' })).toBeNull();
    expect(read(undefined)).toBeNull();
    // What the schema strips is validated each time, never handed out unvalidated.
    expect(read({ n: 2, extra: true })).toEqual({ n: 2 });
    expect(read({ n: 2, extra: true })).toEqual({ n: 2 });
    expect(checks).toBe(4);
  });
});
