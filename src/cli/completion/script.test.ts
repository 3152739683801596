// The scripts of the BUILT command (`vps completion bash|zsh|fish`, as `npm test` builds it),
// loaded in the real shells and asked to complete, with `vps` on PATH as a person has it. Names
// come from a store written the way the app writes its cache; no simulator runs, so a completion
// that called the API would find nothing to call.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORD_TYPES, SERVER_FILTER_STATUSES, type DnsZone, type Domain, type Server } from '@shared/api-types';
import { createCache } from '../../core/services/cache';
import { JsonFileStore } from '../../core/store/json-file-store';
import { storeFile } from '../../core/store/paths';
import { storeKeys } from '../../core/store/store';
import type { CommandSpec } from '../command-spec';
import { completionScript } from './script';
import { SHELLS, type Shell } from './shells';
import { completeIn, hasShell, type ZshLoading } from './testing/shells';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BIN = path.join(ROOT, 'bin', 'vps.js');
const CLI = path.join(ROOT, 'out', 'main', 'cli.js');

let dir: string;
let env: NodeJS.ProcessEnv;
const scripts = new Map<Shell, string>();

const server = (id: number, name: string) => ({ id, name }) as Server;
const domain = (id: number, name: string) => ({ id, domain_name: name }) as Domain;
const zone = (uuid: string, name: string) => ({ uuid, domain: name }) as DnsZone;

/** Two profiles, as the app keeps them: "Work" is active, "Home" is not. */
function writeStore(dataDir: string): void {
  const store = new JsonFileStore(storeFile({ VPS_TRAY_DATA_DIR: dataDir }));
  const profile = (id: string, name: string) => ({ id, name, apiUrl: 'https://admin.vps.org', createdAt: '2026-01-01T00:00:00.000Z', demo: false });
  store.set(storeKeys.profiles, [profile('p-home', 'Home'), profile('p-work', 'Work')]);
  store.set(storeKeys.activeProfile, 'p-work');
  const cache = createCache(store);
  const lastSuccessAt = '2026-01-01T00:00:00.000Z';
  cache.save('p-work', {
    servers: [server(1, 'web-01'), server(2, 'web-02'), server(3, 'db-01')],
    domains: [domain(1, 'acme-shop.com'), domain(2, 'acme.co')],
    zones: [zone('8d7f0c1e-0000-4000-8000-000000000001', 'acme-shop.com')],
    lastSuccessAt,
  });
  cache.save('p-home', { servers: [server(9, 'nas')], domains: [], zones: [], lastSuccessAt });
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test builds before it tests).`);
  dir = mkdtempSync(path.join(os.tmpdir(), 'vps-completion-'));
  const binDir = path.join(dir, 'bin');
  mkdirSync(binDir);
  writeFileSync(path.join(binDir, 'vps'), `#!/bin/sh\nexec '${process.execPath}' '${BIN}' "$@"\n`);
  chmodSync(path.join(binDir, 'vps'), 0o755);
  writeStore(path.join(dir, 'data'));
  env = { PATH: `${binDir}:${process.env.PATH ?? ''}`, HOME: dir, VPS_TRAY_DATA_DIR: path.join(dir, 'data') };
  for (const shell of SHELLS) {
    const made = spawnSync('vps', ['completion', shell], { env, encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`vps completion ${shell} failed: ${made.stderr}`);
    // zsh finds a completion in $fpath by the file name _vps.
    const file = path.join(dir, shell, shell === 'zsh' ? '_vps' : `vps.${shell}`);
    mkdirSync(path.dirname(file));
    writeFileSync(file, made.stdout);
    scripts.set(shell, file);
  }
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const sorted = (words: readonly string[]): string[] => [...words].sort();

/** Each line and what a shell must offer for it, in any order. */
function expectCompletions(shell: Shell, expected: ReadonlyArray<readonly [string, readonly string[]]>, opts: { zsh?: ZshLoading; script?: string } = {}): void {
  const offered = completeIn(shell, opts.script ?? scripts.get(shell)!, expected.map(([line]) => line), { env, ...opts });
  expect(expected.map(([line], i) => [line, sorted(offered[i] ?? [])])).toEqual(expected.map(([line, words]) => [line, sorted(words)]));
}

describe.each(SHELLS)('%s', (shell) => {
  it.skipIf(!hasShell(shell))('completes command words, options and the values of enumerated options', () => {
    expectCompletions(shell, [
      ['vps ser', ['servers']],
      ['vps dns ', ['records', 'zones']],
      ['vps servers list --status ', SERVER_FILTER_STATUSES],
      ['vps servers list --st', ['--status']],
      ['vps dns records add acme-shop.com --type ', RECORD_TYPES],
      ['vps --vers', ['--version']],
    ]);
  });

  it.skipIf(!hasShell(shell))('completes server, domain and zone names from the cache of the profile in use', () => {
    expectCompletions(shell, [
      ['vps servers reboot ', ['db-01', 'web-01', 'web-02']],
      ['vps servers get web-0', ['web-01', 'web-02']],
      ['vps domains get ', ['acme-shop.com', 'acme.co']],
      ['vps dns zones get ', ['acme-shop.com']],
      ['vps --profile Home servers get ', ['nas']],
    ]);
  });
});

describe('zsh from $fpath', () => {
  it.skipIf(!hasShell('zsh'))('completes when compinit autoloads the script as _vps, as the install hint sets it up', () => {
    expectCompletions(
      'zsh',
      [
        ['vps ser', ['servers']],
        ['vps servers list --status ', SERVER_FILTER_STATUSES],
      ],
      { zsh: 'fpath' },
    );
  });
});

describe('the script follows the command table', () => {
  it('completes the commands and option values of whatever table it is written from', () => {
    const table: CommandSpec[] = [
      {
        path: ['widgets', 'spin'],
        usage: '[--speed S]',
        summary: 'Spin a widget.',
        options: { speed: { type: 'string', values: { choices: ['slow', 'fast'] } } },
        load: () => Promise.reject(new Error('not run by completion')),
      },
    ];
    const script = path.join(dir, 'widgets.bash');
    writeFileSync(script, completionScript('bash', table));
    expectCompletions(
      'bash',
      [
        ['vps w', ['widgets']],
        ['vps widgets spin --speed ', ['slow', 'fast']],
        ['vps ser', []],
      ],
      { script },
    );
  });
});
