// `npm run bench`: the performance figures of DESIGN.md §6 in one run (bench/main.ts), with the
// budgets asserted; exits non-zero when one fails. The benchmark is TypeScript that imports the
// app's own modules, so it is loaded through Vite's module runner, which stays open for the whole
// run: the client imports undici with its first request, through the same runner. Node runs with
// --expose-gc so the heap figure is read after a full collection.
//
// `scripts/bench.mjs --simulator '<json>'` is the same loader serving a simulator in a child
// process (bench/simulator-process.ts), so the heap figure does not count the simulator's data.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, createServerModuleRunner } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

async function importTs(file) {
  const server = await createServer({
    configFile: false,
    logLevel: 'error',
    root,
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    resolve: { alias: { '@shared': path.join(root, 'src', 'shared') } },
  });
  const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
  return runner.import(path.join(root, file));
}

if (args[0] === '--simulator') {
  const { serveSimulator } = await importTs('bench/simulator-process.ts');
  await serveSimulator(JSON.parse(args[1] ?? '{}'));
} else if (typeof globalThis.gc !== 'function') {
  const result = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), ...args], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
} else {
  const { main } = await importTs('bench/main.ts');
  process.exit(await main({ root }));
}
