// `npm test`: everything a fresh machine can check, in one run.
//   1. the system packages the tests need (a Secret Service, Debian's Chromium, zsh and fish)
//   2. type checks: tsc for Node code, svelte-check for the renderer
//   3. lint (eslint) and the architecture rules (dependency-cruiser)
//   4. the build (the e2e tests and the CLI tests run the built output)
//   5. vitest: `npm start` (launch), then Node, renderer and e2e projects, inside a private
//      keychain session
// Every stage runs even when an earlier one failed, so one run shows every problem; the last
// line sums up the tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (pkg, file) => path.join(root, 'node_modules', pkg, file);
const node = process.execPath;
const vitestArgs = process.argv.slice(2);

function stage(title, command, args) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, env: process.env });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

if (!existsSync(bin('vitest', 'vitest.mjs'))) {
  console.error('Dependencies are missing: run `npm install` first (the README\'s test line does both).');
  process.exit(2);
}

const failures = [];
const run = (title, command, args) => {
  if (!stage(title, command, args)) failures.push(title);
};

run('system packages for the tests', node, [path.join(root, 'scripts', 'system-packages', 'install.mjs'), 'test']);
run('type check: main, core, preload, shared, cli (tsc)', node, [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.node.json']);
run('type check: renderer (svelte-check)', node, [bin('svelte-check', 'bin/svelte-check'), '--tsconfig', './tsconfig.web.json', '--threshold', 'warning', '--output', 'human']);
run('lint (eslint)', node, [bin('eslint', 'bin/eslint.js'), '--max-warnings', '0', '.']);
run('architecture rules (dependency-cruiser)', node, [bin('dependency-cruiser', 'bin/dependency-cruiser.mjs'), 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err']);
run('build (electron-vite)', node, [bin('electron-vite', 'bin/electron-vite.js'), 'build']);

// `npm start` builds into out/ itself, so its tests run first and alone; then everything else.
const vitest = (title, report, args) => {
  mkdirSync(path.dirname(report), { recursive: true });
  run(title, node, [path.join(root, 'scripts', 'with-keyring.mjs'), node, bin('vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args]);
  return report;
};
const reports = [
  ...(vitestArgs.length ? [] : [vitest('tests (vitest: launch)', path.join(root, 'test-results', 'vitest-launch.json'), ['--project', 'launch'])]),
  vitest('tests (vitest: node, renderer, e2e)', path.join(root, 'test-results', 'vitest.json'), ['--project', 'node', '--project', 'renderer', '--project', 'e2e', ...vitestArgs]),
];

let passed = 0;
let failed = 0;
for (const report of reports) {
  if (!existsSync(report)) continue;
  const summary = JSON.parse(readFileSync(report, 'utf8'));
  passed += summary.numPassedTests ?? 0;
  failed += summary.numFailedTests ?? 0;
}
if (failures.length) console.log(`\nFailed stages: ${failures.join('; ')}`);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failures.length || failed ? 1 : 0);
