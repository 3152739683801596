// The packaging step's fuses, applied to a stand-in binary that carries Electron's fuse wire
// (the real binary cannot be downloaded here): every security fuse ends in the state DESIGN §3
// asks for.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
// @ts-expect-error: a plain .mjs script without type declarations
import { applyFuses } from '../../scripts/fuses.mjs';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

function fakeElectronBinary(): string {
  const wire = Buffer.alloc(9, FuseState.ENABLE);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'fuses-')), 'electron');
  writeFileSync(file, Buffer.concat([Buffer.alloc(1024, 0x2e), Buffer.from(SENTINEL), Buffer.from([1, wire.length]), wire, Buffer.alloc(512, 0x2e)]));
  return file;
}

describe('packaged-app fuses', () => {
  it('switch off run-as-node, NODE_OPTIONS and --inspect, and switch on asar integrity', async () => {
    const binary = fakeElectronBinary();
    await applyFuses(binary);
    const wire = await getCurrentFuseWire(binary);
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
  });
});
