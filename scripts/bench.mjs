// `npm run bench`: the performance figures of DESIGN.md §6 in one run (bench/main.ts), with the
// budgets asserted; exits non-zero when one fails. The benchmark is TypeScript that imports the
// app's own modules, so it is loaded through Vite's module runner. Node runs with --expose-gc so
// the heap figure is read after a full collection.
//
// `scripts/bench.mjs --simulator '<json>'` is the same loader serving a simulator in a child
// process (bench/simulator-process.ts), so the heap figure does not count the simulator's data.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRunnableDevEnvironment, resolveConfig } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

/**
 * Imports a TypeScript module through a Vite module runner that stays open for the whole run (as
 * Vite's runnerImport would set it up, without closing it after the import): the app's code
 * imports some modules on demand (undici with the first request), long after the benchmark
 * module itself was loaded. Dependencies are left to Node.
 */
async function importTs(file) {
  const config = await resolveConfig(
    {
      configFile: false,
      envDir: false,
      logLevel: 'error',
      root,
      resolve: { alias: { '@shared': path.join(root, 'src', 'shared') } },
      environments: {
        bench: { consumer: 'server', dev: { moduleRunnerTransform: true }, resolve: { external: true, mainFields: [], conditions: ['node'] } },
      },
    },
    'serve',
  );
  const environment = createRunnableDevEnvironment('bench', config, { runnerOptions: { hmr: { logger: false } }, hot: false });
  await environment.init();
  return environment.runner.import(path.join(root, file));
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
