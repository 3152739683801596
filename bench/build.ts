// The bench measures the built app (the renderer in Chromium, the bundle sizes), so it builds
// first when out/ is missing or older than any source file.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const INPUTS = ['src', 'resources', 'electron.vite.config.ts', 'package.json', 'svelte.config.js'];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

function needsBuild(root: string): boolean {
  const outputs = OUTPUTS.map((file) => path.join(root, file));
  if (!outputs.every((file) => existsSync(file))) return true;
  const oldestOutput = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  const newestInput = Math.max(...INPUTS.map((entry) => newestMtime(path.join(root, entry))));
  return newestInput > oldestOutput;
}

/** Runs `electron-vite build` (its output goes to stderr, keeping stdout for the figures). */
export function ensureBuilt(root: string): void {
  if (!needsBuild(root)) return;
  console.error('Building the app first (out/ is missing or older than the sources)…');
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (result.status !== 0) throw new Error('The build failed (see above), so the built renderer and bundle sizes cannot be measured.');
}
