// Finds Electron's executable for `npm start`, downloading it first through Electron's own
// installer when it is not there yet. Electron 45 has no install script of its own: it fetches
// its binary the first time `require('electron')` runs, and electron-vite reads
// node_modules/electron/path.txt, which exists only after that download. Going through
// Electron's installer (its install.js, on @electron/get) keeps ELECTRON_MIRROR,
// ELECTRON_CUSTOM_DIR, ELECTRON_GET_USE_PROXY and the cache behaving as Electron documents.
// ELECTRON_OVERRIDE_DIST_PATH names a folder that already holds an Electron build: then nothing
// is downloaded.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Long enough for a slow download of ~100 MB; `npm start` still ends within a minute offline. */
const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;
const OFFLINE_HINT = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|getaddrinfo|fetch failed|socket hang up|timed out/i;

export class ElectronUnavailable extends Error {}

/**
 * @param {{ electronDir: string, env?: NodeJS.ProcessEnv, timeoutMs?: number }} options
 * @returns {Promise<string>} the path of the Electron executable
 */
export async function ensureElectron({ electronDir, env = process.env, timeoutMs = DOWNLOAD_TIMEOUT_MS }) {
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const executable = electronExecutable(electronDir, env);
    if (!existsSync(executable)) {
      throw new ElectronUnavailable(`ELECTRON_OVERRIDE_DIST_PATH is set to ${override}, but it holds no Electron executable (${executable}).`);
    }
    return executable;
  }
  const { code, stderr } = await run(process.execPath, [path.join(electronDir, 'install.js')], { env, timeoutMs });
  if (code !== 0) throw new ElectronUnavailable(`Electron's binary could not be downloaded (${reason(stderr)}).`);
  const executable = electronExecutable(electronDir, env);
  if (!existsSync(executable)) throw new ElectronUnavailable(`Electron's installer finished, but ${executable} is missing.`);
  return executable;
}

/** Where Electron's own `index.js` looks (path.txt names the executable inside dist/). */
function electronExecutable(electronDir, env) {
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return path.join(override, relative || (process.platform === 'win32' ? 'electron.exe' : 'electron'));
  return path.join(electronDir, 'dist', relative);
}

function reason(stderr) {
  const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  const first = lines.find((l) => /error/i.test(l)) ?? lines[0] ?? 'no output';
  const cleaned = first.replace(/^\w*Error:\s*/, '');
  return OFFLINE_HINT.test(stderr) ? `no connection: ${cleaned}` : cleaned;
}

function run(command, args, { env, timeoutMs }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      stderr += `\ntimed out after ${Math.round(timeoutMs / 1000)} s`;
      child.kill();
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, stderr });
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: 1, stderr: error.message });
    });
  });
}
