// Proves each architecture rule of .dependency-cruiser.cjs can fail: the fixtures under
// tests/fixtures/architecture break every rule once (and the shell and preload fixtures show
// what is allowed). The real tree is checked by the same config in `npm test`.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';

const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as IConfiguration;

async function violations(): Promise<Array<{ rule: string; from: string; to: string }>> {
  const result = await cruise(['tests/fixtures/architecture/src'], {
    ...config.options,
    ruleSet: { forbidden: config.forbidden },
    validate: true,
    tsConfig: undefined,
  });
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
}

describe('architecture rules', () => {
  it('refuse every violating fixture, each under its own rule', async () => {
    const found = await violations();
    const by = (rule: string) => found.filter((v) => v.rule === rule).map((v) => v.from.replace(/^.*\/src\//, 'src/'));
    expect(by('electron-only-in-shell-and-preload')).toEqual(['src/main/tray/uses-electron.ts']);
    expect(by('renderer-never-imports-main')).toEqual(['src/renderer/imports-main.ts']);
    expect(by('shared-imports-no-node')).toEqual(['src/shared/reads-disk.ts']);
    expect(by('shared-imports-no-process-code').sort()).toEqual(['src/shared/imports-main.ts', 'src/shared/imports-svelte.ts']);
    expect(by('core-imports-no-process-code').sort()).toEqual(['src/core/imports-main.ts', 'src/core/uses-electron.ts']);
    expect(by('cli-never-imports-main')).toEqual(['src/cli/imports-main.ts']);
    // A cycle is reported once, from the module where the cruise met it first.
    expect(by('no-circular')).toEqual(['src/cli/cycle-a.ts']);
  });

  it('allow electron in the shell and the preload', async () => {
    const found = await violations();
    expect(found.some((v) => /\/(shell|preload)\/allowed\.ts$/.test(v.from))).toBe(false);
  });
});
