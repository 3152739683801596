// `npm start`: makes sure Electron's binary is there (downloading it through Electron's own
// installer the first time), then builds the app and opens it (`electron-vite preview`).
// Without the binary it says what failed, how to fix it and what works without Electron, and
// exits with status 1; arguments after `--` go to the app (e.g. `npm start -- --hidden`).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ElectronUnavailable, ensureElectron } from './electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let executable;
try {
  executable = await ensureElectron({ electronDir: path.join(root, 'node_modules', 'electron') });
} catch (error) {
  if (!(error instanceof ElectronUnavailable)) throw error;
  console.error(`\nVPS Tray cannot start: ${error.message}

To fix it, let Electron download its binary: check the network or the proxy (HTTPS_PROXY with
ELECTRON_GET_USE_PROXY=1), or point ELECTRON_MIRROR at a mirror you can reach, or set
ELECTRON_OVERRIDE_DIST_PATH to a folder that already holds Electron ${electronVersion()}; then run \`npm start\` again.

Without Electron these still work: \`npm test\` (every check, the window in Chromium),
the \`vps\` command (\`npm run build\`, then \`npx vps --help\`) and \`npm run simulator\`.
`);
  process.exit(1);
}

const args = process.argv.slice(2);
const child = spawn(process.execPath, [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'preview'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ELECTRON_EXEC_PATH: executable, ...(args.length ? { ELECTRON_CLI_ARGS: JSON.stringify(args) } : {}) },
});
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

function electronVersion() {
  try {
    return JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  } catch {
    return '45';
  }
}
