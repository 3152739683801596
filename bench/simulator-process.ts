// A simulator in a child process, so that a figure about this process's heap does not count
// the simulator's own copy of the account. Both ends are here: `startSimulatorProcess` forks
// `scripts/bench.mjs --simulator <options>`, which loads this module and calls `serveSimulator`.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { startSimulator } from '../src/core/simulator/simulator';

export interface SimulatorProcessOptions {
  servers: number;
  domains: number;
  pageSize: number;
}

type Ready = { url: string; token: string };

export interface SimulatorProcess extends Ready {
  close(): Promise<void>;
}

/** Child side: an account with exactly these servers and domains, until the parent disconnects. */
export async function serveSimulator(opts: SimulatorProcessOptions): Promise<void> {
  const sim = await startSimulator({ pageSize: opts.pageSize, seedData: false });
  sim.generate({ servers: opts.servers, domains: opts.domains });
  process.once('disconnect', () => {
    void sim.close().finally(() => process.exit(0));
  });
  process.send?.({ url: sim.url, token: sim.tokens.full } satisfies Ready);
}

export function startSimulatorProcess(root: string, opts: SimulatorProcessOptions): Promise<SimulatorProcess> {
  const child: ChildProcess = fork(path.join(root, 'scripts/bench.mjs'), ['--simulator', JSON.stringify(opts)], {
    cwd: root,
    execArgv: [],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`The simulator process exited (code ${code}) before it was ready.`)));
    child.once('message', (message) => {
      const { url, token } = message as Ready;
      resolve({
        url,
        token,
        async close() {
          child.disconnect();
          await exited;
        },
      });
    });
  });
}
