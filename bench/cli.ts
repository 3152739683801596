// cli_help_ratio and cli_list_ratio: the `vps` command started the way a person starts it
// (node bin/vps.js, the built CLI), timed as whole processes from spawn to exit, each against
// the process that sets its floor, in alternating runs so a busy moment slows both sides:
//   `vps --help` ÷ `node -e 0` (no Node program starts faster);
//   `vps servers list --json` ÷ `curl` of the same list URL, against a simulator in a process
//   of its own (a spawnSync here would block one in this process).
// The first run of each pair is a warm-up: it also fills the compile cache bin/vps.js turns on,
// as a person's first run does.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startSimulatorProcess } from './simulator-process';

/** One page of servers, so curl's single request fetches the whole list too. */
const LIST_SERVERS = 50;
const PAGE_SIZE = 100;

export interface CliFigures {
  helpMs: number[];
  nodeMs: number[];
  listMs: number[];
  curlMs: number[];
}

interface Timed {
  ms: number;
  stdout: string;
}

function timed(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Timed {
  const started = performance.now();
  const result = spawnSync(command, args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (result.error) throw new Error(`${command} could not start: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}:\n${result.stderr}`);
  return { ms, stdout: result.stdout };
}

/** Runs each pair `runs + 1` times, alternating, and keeps all but the warm-up. */
function pairs(runs: number, first: () => Timed, second: () => Timed): [number[], number[]] {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const x = first().ms;
    const y = second().ms;
    if (i === 0) continue;
    a.push(x);
    b.push(y);
  }
  return [a, b];
}

function listLength(json: string): number {
  const data = JSON.parse(json) as unknown[] | { results?: unknown[] };
  return (Array.isArray(data) ? data : (data.results ?? [])).length;
}

export async function measureCli(root: string, { runs }: { runs: number }): Promise<CliFigures> {
  const node = process.execPath;
  const vps = path.join(root, 'bin', 'vps.js');
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'vps-bench-cli-'));
  const sim = await startSimulatorProcess(root, { servers: LIST_SERVERS, domains: 0, pageSize: PAGE_SIZE });
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_COMPILE_CACHE: path.join(scratch, 'compile-cache'),
      VPS_TRAY_DATA_DIR: path.join(scratch, 'data'),
      VPS_API_URL: sim.url,
      VPS_TOKEN: sim.token,
    };
    const [helpMs, nodeMs] = pairs(
      runs,
      () => timed(node, [vps, '--help'], env),
      () => timed(node, ['-e', '0'], env),
    );

    const url = `${sim.url}/api/v1/servers/`;
    const list = (): Timed => timed(node, [vps, 'servers', 'list', '--json'], env);
    const curl = (): Timed => timed('curl', ['--silent', '--show-error', '--fail', '--header', `Authorization: Bearer ${sim.token}`, url], env);
    const [listed, fetched] = [listLength(list().stdout), listLength(curl().stdout)];
    if (listed !== LIST_SERVERS || fetched !== LIST_SERVERS) {
      throw new Error(`vps and curl should both list ${LIST_SERVERS} servers; they listed ${listed} and ${fetched}.`);
    }
    const [listMs, curlMs] = pairs(runs, list, curl);
    return { helpMs, nodeMs, listMs, curlMs };
  } finally {
    await sim.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
