// boot_ms and tray_reboot_to_request_ms: the built app under the stand-in Electron runtime,
// each boot in a process of its own (bench/boot-process.ts), inside a private keychain session
// as in the tests. One run prepares a cache (the demo's servers), then each measured run boots
// from it, hidden as at login.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface BootFigures {
  bootMs: number[];
  rebootMs: number[];
}

function runBoot(root: string, mode: 'prepare' | 'measure', userData: string): string {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'with-keyring.mjs'), process.execPath, path.join(root, 'bench', 'boot-process.ts'), mode, userData], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) throw new Error(`bench/boot-process.ts ${mode} failed (${result.status ?? result.signal}):\n${result.stderr}`);
  return result.stdout;
}

export function measureBoot(root: string, { runs }: { runs: number }): BootFigures {
  const userData = mkdtempSync(path.join(os.tmpdir(), 'vps-bench-boot-'));
  try {
    runBoot(root, 'prepare', userData);
    const figures: BootFigures = { bootMs: [], rebootMs: [] };
    for (let i = 0; i < runs; i++) {
      const line = runBoot(root, 'measure', userData).trim().split('\n').at(-1) ?? '';
      const { boot_ms, tray_reboot_to_request_ms } = JSON.parse(line) as { boot_ms: number; tray_reboot_to_request_ms: number };
      figures.bootMs.push(boot_ms);
      figures.rebootMs.push(tray_reboot_to_request_ms);
    }
    return figures;
  } finally {
    rmSync(userData, { recursive: true, force: true });
  }
}
