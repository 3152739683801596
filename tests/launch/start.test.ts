// `npm start` and the download behind it, both sides: Electron's own installer fetching from a
// mirror (here a local one serving a stand-in build), the clear failure when nothing can be
// fetched (as on this machine), and ELECTRON_OVERRIDE_DIST_PATH, which downloads nothing.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ElectronUnavailable, ensureElectron } from '../../scripts/electron-binary.mjs';
import { zip } from './zip';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const ELECTRON = path.join(ROOT, 'node_modules', 'electron');
const VERSION = (JSON.parse(readFileSync(path.join(ELECTRON, 'package.json'), 'utf8')) as { version: string }).version;
const NODE = process.execPath;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'vps-start-'));
// Copies of Electron's package live inside node_modules, so its installer finds @electron/get.
const copies = path.join(ROOT, 'node_modules', '.cache', 'vps-tray-tests');

/** Port 1 on loopback refuses at once: a network with no way out. */
const UNREACHABLE = 'http://127.0.0.1:1/';

function electronCopy(): string {
  mkdirSync(copies, { recursive: true });
  const dir = path.join(copies, `electron-${process.pid}-${Math.random().toString(36).slice(2)}`);
  cpSync(ELECTRON, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}dist`) && !src.endsWith('path.txt') });
  return dir;
}

function standinExecutable(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'electron');
  writeFileSync(file, `#!/bin/sh\nprintf '%s\\n' "$PWD" "$@" > "${path.join(dir, 'launched.txt')}"\n`);
  chmodSync(file, 0o755);
  return file;
}

function runStart(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(NODE, [path.join(ROOT, 'scripts', 'start.mjs')], { cwd: ROOT, env: { ...process.env, electron_config_cache: path.join(tmp, 'cache'), ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started }));
  });
}

let mirror: Server;
let mirrorUrl = '';
const mirrorRequests: string[] = [];

beforeAll(async () => {
  const archive = zip([
    { name: 'electron', data: Buffer.from('#!/bin/sh\necho stand-in\n'), mode: 0o755 },
    { name: 'version', data: Buffer.from(VERSION) },
  ]);
  const archiveName = `electron-v${VERSION}-${process.platform}-${process.arch}.zip`;
  const sums = `${createHash('sha256').update(archive).digest('hex')} *${archiveName}\n`;
  mirror = createServer((req, res) => {
    mirrorRequests.push(req.url ?? '');
    if (req.url?.endsWith(`/v${VERSION}/${archiveName}`)) res.end(archive);
    else if (req.url?.endsWith(`/v${VERSION}/SHASUMS256.txt`)) res.end(sums);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => mirror.listen(0, '127.0.0.1', resolve));
  const address = mirror.address();
  mirrorUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
});

afterAll(async () => {
  await new Promise((resolve) => mirror.close(resolve));
  rmSync(tmp, { recursive: true, force: true });
  rmSync(copies, { recursive: true, force: true });
});

describe("Electron's binary for npm start", () => {
  it("downloads it through Electron's own installer, honouring ELECTRON_MIRROR", async () => {
    const electronDir = electronCopy();
    const env: NodeJS.ProcessEnv = { ...process.env, ELECTRON_MIRROR: mirrorUrl, electron_use_remote_checksums: '1', electron_config_cache: path.join(tmp, 'mirror-cache') };
    delete env.ELECTRON_OVERRIDE_DIST_PATH;
    const executable = await ensureElectron({ electronDir, env });
    expect(executable).toBe(path.join(electronDir, 'dist', 'electron'));
    expect(readFileSync(executable, 'utf8')).toContain('stand-in');
    expect(readFileSync(path.join(electronDir, 'path.txt'), 'utf8')).toBe('electron');
    expect(mirrorRequests.some((url) => url.endsWith('.zip'))).toBe(true);
  });

  it('fails with a reason, not a stack, when nothing can be downloaded', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, ELECTRON_MIRROR: UNREACHABLE, electron_config_cache: path.join(tmp, 'empty-cache') };
    delete env.ELECTRON_OVERRIDE_DIST_PATH;
    const failure = ensureElectron({ electronDir: electronCopy(), env });
    await expect(failure).rejects.toBeInstanceOf(ElectronUnavailable);
    await expect(failure).rejects.toThrow(/could not be downloaded \(no connection/);
  });

  it('with ELECTRON_OVERRIDE_DIST_PATH, uses that folder and downloads nothing', async () => {
    const folder = path.join(tmp, 'override');
    const executable = standinExecutable(folder);
    const before = mirrorRequests.length;
    const env = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: folder, ELECTRON_MIRROR: mirrorUrl };
    await expect(ensureElectron({ electronDir: electronCopy(), env })).resolves.toBe(executable);
    expect(mirrorRequests.length).toBe(before);
    await expect(ensureElectron({ electronDir: electronCopy(), env: { ...env, ELECTRON_OVERRIDE_DIST_PATH: path.join(tmp, 'nothing-here') } })).rejects.toThrow(/holds no Electron executable/);
  });
});

describe('npm start', () => {
  it('without a binary to be had, says what failed, how to fix it and what still works, and exits 1 within a minute', async () => {
    expect(existsSync(path.join(ELECTRON, 'path.txt')), 'this check needs a machine where Electron was never downloaded').toBe(false);
    const { code, stderr, ms } = await runStart({ ELECTRON_MIRROR: UNREACHABLE, ELECTRON_OVERRIDE_DIST_PATH: '' });
    expect(code).toBe(1);
    expect(ms).toBeLessThan(60_000);
    expect(stderr).toContain("VPS Tray cannot start: Electron's binary could not be downloaded");
    expect(stderr).toMatch(/ELECTRON_MIRROR/);
    expect(stderr).toMatch(/ELECTRON_OVERRIDE_DIST_PATH/);
    expect(stderr).toMatch(/npm test.*\n.*vps.*npm run simulator/s);
    expect(stderr).not.toMatch(/^\s+at /m);
  }, 70_000);

  it('with ELECTRON_OVERRIDE_DIST_PATH, builds the app and launches that executable on it', async () => {
    const folder = path.join(tmp, 'launch');
    standinExecutable(folder);
    const { code, stderr } = await runStart({ ELECTRON_OVERRIDE_DIST_PATH: folder, ELECTRON_MIRROR: UNREACHABLE });
    expect(code, stderr).toBe(0);
    const [cwd, entry] = readFileSync(path.join(folder, 'launched.txt'), 'utf8').trim().split('\n');
    expect(cwd).toBe(ROOT);
    expect(entry).toBe('.');
    expect(existsSync(path.join(ROOT, 'out', 'main', 'index.js'))).toBe(true);
  }, 120_000);
});
