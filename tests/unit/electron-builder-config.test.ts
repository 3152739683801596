// electron-builder.yml against electron-builder's own JSON schema (the one its CLI checks at
// packaging time), so a wrong key fails here rather than on a release runner.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const schemaFile = createRequire(import.meta.url).resolve('app-builder-lib/scheme.json');

function validate(config: unknown) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const check = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
  return check(config) ? [] : (check.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}

describe('electron-builder.yml', () => {
  const config = parse(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

  it('follows electron-builder’s schema', () => {
    expect(validate(config)).toEqual([]);
  });

  it('is checked for real: an unknown key fails', () => {
    expect(validate({ ...config, linux: { ...(config.linux as object), categroy: 'Network' } })).not.toEqual([]);
  });
});
