// `npm run coverage:shell`: how much of src/main/shell the boot tests execute. The shell only
// runs inside the built main process (out/main/index.js under the stand-in Electron), so this
// builds with source maps, runs tests/e2e/boot*.test.ts with Node's own V8 coverage, and maps
// the executed byte ranges of the bundle back to the shell's source lines.
//
// A source line counts as executed when some code generated from it ran, and as missed when
// none of it did; lines that generate no code (types, comments, imports) are not counted. A
// line some of whose code never ran (a branch not taken, a callback never called) is listed as
// "partly"; V8's block ranges also mark the line after an untaken branch that way at times.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'out', 'main', 'index.js');
const shellDir = path.join(root, 'src', 'main', 'shell') + path.sep;

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Source-map v3 "mappings", decoded into [generatedLine, generatedColumn, sourceIndex, sourceLine] segments. */
function decodeMappings(mappings) {
  const segments = [];
  let source = 0;
  let sourceLine = 0;
  mappings.split(';').forEach((line, generatedLine) => {
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length < 4) continue;
      // Fields 3 and 4 (source column, name) are relative too, but a line is all this needs.
      source += fields[1];
      sourceLine += fields[2];
      segments.push([generatedLine, column, source, sourceLine]);
    }
  });
  return segments;
}

/** The execution count at a byte offset in one process's run: the innermost V8 block range around it decides. */
function countAt(functions, offset) {
  let best = null;
  for (const fn of functions) {
    for (const range of fn.ranges) {
      if (offset < range.startOffset || offset >= range.endOffset) continue;
      if (!best || range.endOffset - range.startOffset <= best.endOffset - best.startOffset) best = range;
    }
  }
  return best ? best.count : 0;
}

run(process.execPath, [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '--sourcemap']);
const coverageDir = mkdtempSync(path.join(os.tmpdir(), 'vps-shell-coverage-'));
try {
  run(
    process.execPath,
    [path.join(root, 'scripts', 'with-keyring.mjs'), process.execPath, path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--project', 'e2e', 'tests/e2e/boot'],
    { ...process.env, NODE_V8_COVERAGE: coverageDir },
  );

  const bundleUrl = pathToFileURL(bundle).href;
  // One entry per process that loaded the bundle (each boot test file boots in its own): their
  // ranges cannot be mixed, since a range one process never ran is a range of count 0 there.
  const runs = readdirSync(coverageDir)
    .flatMap((file) => JSON.parse(readFileSync(path.join(coverageDir, file), 'utf8')).result)
    .filter((script) => script.url === bundleUrl)
    .map((script) => script.functions);
  if (runs.length === 0) throw new Error(`No coverage was recorded for ${bundle}.`);

  const code = readFileSync(bundle, 'utf8');
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const map = JSON.parse(readFileSync(`${bundle}.map`, 'utf8'));
  const sources = map.sources.map((source) => path.resolve(path.dirname(bundle), map.sourceRoot ?? '', source));

  /** file → line → { ran, total }: how many of the code positions generated from the line ran. */
  const lines = new Map();
  for (const [generatedLine, column, sourceIndex, sourceLine] of decodeMappings(map.mappings)) {
    const file = sources[sourceIndex];
    if (!file.startsWith(shellDir)) continue;
    const ran = runs.some((functions) => countAt(functions, lineStarts[generatedLine] + column) > 0);
    const byLine = lines.get(file) ?? new Map();
    const counts = byLine.get(sourceLine + 1) ?? { ran: 0, total: 0 };
    counts.total += 1;
    if (ran) counts.ran += 1;
    byLine.set(sourceLine + 1, counts);
    lines.set(file, byLine);
  }

  let total = 0;
  let executed = 0;
  const shellFiles = readdirSync(shellDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  console.log('\nsrc/main/shell executed by the boot tests (lines that generate code; "partly": some of the line\'s code never ran):');
  for (const name of shellFiles.sort()) {
    const byLine = [...(lines.get(path.join(shellDir, name)) ?? new Map())].sort(([a], [b]) => a - b);
    const ran = byLine.filter(([, c]) => c.ran > 0).length;
    const missed = byLine.filter(([, c]) => c.ran === 0).map(([line]) => line);
    const partly = byLine.filter(([, c]) => c.ran > 0 && c.ran < c.total).map(([line]) => line);
    total += byLine.length;
    executed += ran;
    const percent = byLine.length === 0 ? 'not in the bundle' : `${((100 * ran) / byLine.length).toFixed(1)} %`;
    console.log(
      `  ${name.padEnd(22)} ${String(ran).padStart(4)} / ${String(byLine.length).padEnd(4)} ${percent}` +
        `${missed.length ? `   missed: ${missed.join(', ')}` : ''}${partly.length ? `   partly: ${partly.join(', ')}` : ''}`,
    );
  }
  console.log(`  ${'all'.padEnd(22)} ${String(executed).padStart(4)} / ${String(total).padEnd(4)} ${((100 * executed) / total).toFixed(1)} %`);
} finally {
  rmSync(coverageDir, { recursive: true, force: true });
}
