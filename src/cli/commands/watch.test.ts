// `vps watch` against the simulator over real HTTP: the BUILT command in child processes (as a
// cron job runs it), and main() in this process for the loop, whose waiting and interruption a
// test controls. The store is the app's file format in a temporary folder.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@shared/settings';
import { startSimulator, type Simulator } from '../../core/simulator/simulator';
import { openDataStore } from '../../core/store/data-store';
import { storeKeys } from '../../core/store/store';
import { main } from '../main';
import { testIo } from '../testing/test-io';
import { DEFAULT_PROFILE_ID } from './watch';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CLI = path.join(ROOT, 'out', 'main', 'cli.js');
const DAY = 86_400_000;

let sim: Simulator;
let dataDir: string;

beforeEach(async () => {
  sim = await startSimulator();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'vps-watch-'));
  // The app's settings, as its window saves them: web-01 is watched, so it is sampled every cycle.
  openDataStore(dataDir).store.set(storeKeys.settings, { ...DEFAULT_SETTINGS, alerts: { ...DEFAULT_SETTINGS.alerts, watchedServers: ['web-01'] } });
});

afterEach(async () => {
  await sim.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const env = (): Record<string, string> => ({ VPS_API_URL: sim.url, VPS_TOKEN: sim.tokens.full, VPS_TRAY_DATA_DIR: dataDir });
const serverId = (name: string) => [...sim.state.servers.values()].find((s) => s.name === name)!.id;
const domainId = (name: string) => [...sim.state.domains.values()].find((d) => d.domain_name === name)!.id;

function vps(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test builds before it tests).`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '', HOME: dataDir, ...env() }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const jsonLines = (stdout: string) => stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);

describe('vps watch --once (the built command)', () => {
  it('prints each alert once as a JSON line: expiry reminders at once, the other kinds after the baseline', async () => {
    const first = await vps(['watch', '--once', '--json']);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    // The demo domains: one expiring in 3 days, one in 25, one expired 2 days ago.
    expect(jsonLines(first.stdout).map((l) => [l.kind, l.subject, l.days])).toEqual([
      ['expiry', 'acme-promo.org', -2],
      ['expiry', 'acme-shop.com', 3],
      ['expiry', 'acme-labs.dev', 25],
    ]);
    for (const line of jsonLines(first.stdout)) expect(line).toMatchObject({ message: expect.stringContaining(String(line.subject)), at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });

    expect(await vps(['watch', '--once', '--json'])).toEqual({ code: 0, stdout: '', stderr: '' });

    sim.scenario.climbUsage(serverId('web-01'), 'disk', { toPercent: 96 });
    sim.scenario.setServerStatus(serverId('cache-01'), 'stopped');
    sim.scenario.changeDomain(domainId('acme-corp.net'), { locked: false });
    sim.scenario.setTokenExpiry(sim.tokens.full, new Date(Date.now() + 2 * DAY + 3_600_000).toISOString());
    const third = await vps(['watch', '--once', '--json']);
    expect(third).toMatchObject({ code: 0, stderr: '' });
    const lines = jsonLines(third.stdout);
    expect(lines.map((l) => l.kind).sort()).toEqual(['domain_change', 'server_state', 'token_expiry', 'usage']);
    expect(lines.find((l) => l.kind === 'usage')).toMatchObject({ subject: 'web-01', metric: 'disk', value: 96, threshold: 90, message: "web-01's disk is 96% full" });
    expect(lines.find((l) => l.kind === 'server_state')).toMatchObject({ subject: 'cache-01', from: 'active', to: 'stopped', message: 'cache-01 stopped' });
    expect(lines.find((l) => l.kind === 'domain_change')).toMatchObject({ subject: 'acme-corp.net', field: 'locked', from: true, to: false, message: 'acme-corp.net was unlocked' });
    expect(lines.find((l) => l.kind === 'token_expiry')).toMatchObject({ subject: 'Demo full access', days: 3, message: 'Your API token “Demo full access” expires in 3 days' });

    expect(await vps(['watch', '--once', '--json'])).toEqual({ code: 0, stdout: '', stderr: '' });
    // Its ledgers are the default profile's: VPS_TOKEN names no profile of the app's.
    expect(openDataStore(dataDir).store.get(storeKeys.alertLedger(DEFAULT_PROFILE_ID))).toMatchObject({ origin: sim.url });
  });

  it('prints plain sentences without --json, and exits 1 on a network error and 2 on a usage error', async () => {
    const text = await vps(['watch', '--once']);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^\S+Z {2}acme-promo\.org has expired$/),
      expect.stringMatching(/^\S+Z {2}acme-shop\.com expires in 3 days$/),
      expect.stringMatching(/^\S+Z {2}acme-labs\.dev expires in 25 days$/),
    ]);
    sim.faults.inject({ method: 'GET', path: '/api/v1/account/me/', kind: 'status', status: 500, times: 10 });
    const failed = await vps(['watch', '--once', '--json']);
    expect(failed).toMatchObject({ code: 1, stdout: '' });
    expect(failed.stderr).toMatch(/^error: /);
    const usage = await vps(['watch', '--once', '--every', '5']);
    expect(usage).toMatchObject({ code: 2, stdout: '' });
    expect(usage.stderr).toContain('usage: vps watch [--once]');
  });
});

describe('vps watch (the loop)', () => {
  it('runs a cycle every hidden refresh interval, goes on after a failed one, and ends when interrupted', async () => {
    const io = testIo({ env: env() });
    const controller = new AbortController();
    const waits: number[] = [];
    const code = await main(['watch', '--json'], io, {
      signal: controller.signal,
      sleep: async (ms) => {
        waits.push(ms);
        if (waits.length === 1) {
          // Between the cycles: a failing cycle first, then a change.
          sim.faults.inject({ method: 'GET', path: '/api/v1/account/me/', kind: 'status', status: 500, times: 10 });
        } else if (waits.length === 2) {
          sim.faults.clear();
          sim.scenario.setServerStatus(serverId('db-01'), 'suspended');
        } else {
          controller.abort();
          await new Promise(() => undefined);
        }
      },
    });
    expect(code).toBe(0);
    expect(waits).toEqual([900_000, 900_000, 900_000]);
    expect(io.err()).toMatch(/^error: .+\n$/);
    const lines = jsonLines(io.out());
    expect(lines.map((l) => l.kind)).toEqual(['expiry', 'expiry', 'expiry', 'server_state']);
    expect(lines.at(-1)).toMatchObject({ subject: 'db-01', from: 'active', to: 'suspended' });
  });

  it('needs a profile or VPS_TOKEN', async () => {
    const io = testIo({ env: { VPS_TRAY_DATA_DIR: dataDir } });
    expect(await main(['watch', '--once'], io)).toBe(1);
    expect(io.err()).toContain('Not logged in');
  });
});
