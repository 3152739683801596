// The app core as the bench runs it: the real createApp, client and services over real HTTP,
// the app's data store in a temp dir (the real app writes its cache to disk too), a vault over an
// in-memory keychain (the bench stays off the OS keychain), a recording Desktop, and timers
// on a manual clock so nothing fires unless the bench advances time. The window starts hidden.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../src/main/app';
import { createManualClock, type ManualClock } from '../src/core/simulator/simulator';
import { memoryKeychain } from '../src/core/vault/testing/fake-keychains';
import { recordingDesktop } from '../src/main/testing/app-harness';
import { createManualTimers, type ManualTimers } from '../src/core/services/testing/manual-timers';
import { openDataStore } from '../src/core/store/data-store';
import { createVault } from '../src/core/vault/vault';

export interface BenchApp {
  app: App;
  timers: ManualTimers;
  close(): Promise<void>;
}

/** A started app signed in to the simulator at `apiUrl`; the sign-in includes its first refresh. */
export async function startSignedInApp(opts: { apiUrl: string; token: string; clock?: ManualClock }): Promise<BenchApp> {
  const clock = opts.clock ?? createManualClock(Date.now());
  const timers = createManualTimers(clock);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'vps-bench-'));
  const app = createApp({
    store: openDataStore(dataDir).store,
    vault: createVault(memoryKeychain()),
    desktop: recordingDesktop(),
    timers,
  });
  await app.start();
  const session = await app.handlers.addToken({ token: opts.token, apiUrl: opts.apiUrl, profileName: 'Bench' });
  if (session.status !== 'valid') throw new Error(`The bench could not sign in to the simulator (session ${session.status}).`);
  const { sync } = app.state();
  if (sync.lastError) throw new Error(`The first refresh failed: ${sync.lastError.message}`);
  return {
    app,
    timers,
    async close() {
      await app.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
