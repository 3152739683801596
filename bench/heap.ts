// Heap of the main-process services holding 10,000 servers and 10,000 domains: a full GC, the
// heap used, then the app signs in and refreshes against a simulator with that many (in a child
// process, so its own data is not counted), another full GC, and the difference. The code the
// app runs was loaded by the earlier figures, so the difference is data, not code.
import type { AppState } from '../src/shared/app-state';
import { startSignedInApp } from './bench-app';
import { startSimulatorProcess } from './simulator-process';

export interface HeapFigures {
  heapMb: number;
  /** The app's state after the refresh, for the render figure. */
  state: AppState;
}

const MB = 1024 * 1024;

function heapUsedAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('The heap figure needs Node started with --expose-gc (npm run bench does that).');
  // Twice: the first pass can leave objects with finalizers or weak references for the second.
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

export async function measureHeap(root: string, opts: { count: number; pageSize: number }): Promise<HeapFigures> {
  const sim = await startSimulatorProcess(root, { servers: opts.count, domains: opts.count, pageSize: opts.pageSize });
  try {
    const before = heapUsedAfterGc();
    const bench = await startSignedInApp({ apiUrl: sim.url, token: sim.token });
    try {
      const after = heapUsedAfterGc();
      const state = bench.app.state();
      if (state.servers.length !== opts.count || state.domains.length !== opts.count) {
        throw new Error(`The app holds ${state.servers.length} servers and ${state.domains.length} domains, not ${opts.count} of each.`);
      }
      return { heapMb: (after - before) / MB, state };
    } finally {
      await bench.close();
    }
  } finally {
    await sim.close();
  }
}
