// The command table holds no command code: the BUILT command (bin/vps.js, as a person starts it)
// loads a group's code, the HTTP client (undici), the keychain (keytar) and the schemas (valibot)
// only for commands that use them. Each run records the modules its process loaded
// (testing/record-modules.ts).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../core/simulator/simulator';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = path.join(ROOT, 'bin', 'vps.js');
const RECORDER = fileURLToPath(new URL('./testing/record-modules.ts', import.meta.url));

let sim: Simulator;
let dir: string;
let runs = 0;

beforeAll(async () => {
  if (!existsSync(path.join(ROOT, 'out', 'main', 'cli.js'))) throw new Error('out/main/cli.js is missing: run `npm run build` first (npm test builds before it tests).');
  sim = await startSimulator();
  dir = mkdtempSync(path.join(os.tmpdir(), 'vps-modules-'));
});

afterAll(async () => {
  await sim?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The npm packages a `vps` run loaded, e.g. ['undici', 'valibot']. */
function packagesLoaded(argv: readonly string[]): Promise<{ code: number | null; packages: string[] }> {
  const file = path.join(dir, `modules-${++runs}.txt`);
  const env = { ...process.env, VPS_TEST_MODULES_FILE: file, VPS_TRAY_DATA_DIR: path.join(dir, 'data'), VPS_API_URL: sim.url, VPS_TOKEN: sim.tokens.full };
  return new Promise((resolve, reject) => {
    // Asynchronous, so the simulator in this process can answer.
    const child = spawn(process.execPath, ['--import', RECORDER, BIN, ...argv], { env, stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) => {
      const urls = readFileSync(file, 'utf8').split('\n');
      const packages = new Set(urls.flatMap((url) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1] ?? []));
      resolve({ code, packages: [...packages].sort() });
    });
  });
}

describe('what a command loads', () => {
  it.each([
    ['--help'],
    ['servers --help'],
    ['dns records add --help'],
    ['--version'],
    ['version'],
    ['servers explode'],
    ['domains list --colour red'],
    ['completion bash'],
    ['completion zsh'],
    ['completion fish'],
    ['__complete servers'],
  ])('vps %s loads no npm package: no HTTP client, no keychain, no schemas', async (line) => {
    const { packages } = await packagesLoaded(line.split(' '));
    expect(packages).toEqual([]);
  });

  it('a command that calls the API loads the HTTP client and the schemas', async () => {
    const { code, packages } = await packagesLoaded(['servers', 'list', '--json']);
    expect(code).toBe(0);
    expect(packages).toEqual(['undici', 'valibot']);
  });
});
