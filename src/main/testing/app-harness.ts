// An app core wired for integration tests: the embedded simulator over real HTTP on a manual
// clock (the demo's simulator on the same clock), the real client, the app's data store in a temp dir, a vault over an in-memory keychain
// (the real keychain has its own tests), a Desktop that records what it was asked to do, and
// timers the test advances.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../app';
import type { Desktop } from '../desktop';
import type { WindowTarget } from '@shared/ipc-contract';
import { createClient } from '../../core/api/client';
import { createManualClock, startSimulator, REALISTIC_TIMINGS, type ManualClock, type Simulator, type SimTimings } from '../../core/simulator/simulator';
import { openDataStore } from '../../core/store/data-store';
import type { Store } from '../../core/store/store';
import type { Keychain } from '../../core/vault/keychain';
import { memoryKeychain } from '../../core/vault/testing/fake-keychains';
import { createVault } from '../../core/vault/vault';
import type { AppNotification } from '../../core/services/app-notification';
import type { DemoRunner } from '../../core/services/demo-runner';
import { createManualTimers, type ManualTimers } from '../../core/services/testing/manual-timers';
import { createDemoRunner } from '../../core/services/demo-runner';

export interface RecordingDesktop extends Desktop {
  notifications: AppNotification[];
  clipboard: string[];
  saved: { defaultName: string; content: string }[];
  confirms: { message: string; detail?: string; confirmLabel: string }[];
  shown: (WindowTarget | undefined)[];
  opened: string[];
  startAtLogin: boolean[];
  quits: number;
  /** What confirm() answers. */
  answer: boolean;
  /** When set, what openLogFolder() fails with. */
  folderFailure: Error | null;
}

export function recordingDesktop(): RecordingDesktop {
  const desktop: RecordingDesktop = {
    notifications: [],
    clipboard: [],
    saved: [],
    confirms: [],
    shown: [],
    opened: [],
    startAtLogin: [],
    quits: 0,
    answer: true,
    folderFailure: null,
    notify: (n) => void desktop.notifications.push(n),
    writeClipboard: async (text) => void desktop.clipboard.push(text),
    async saveFile(opts) {
      desktop.saved.push(opts);
      return { saved: true, path: `/tmp/${opts.defaultName}` };
    },
    async confirm(opts) {
      desktop.confirms.push(opts);
      return desktop.answer;
    },
    showWindow: (target) => void desktop.shown.push(target),
    openExternal: (url) => void desktop.opened.push(url),
    async openLogFolder() {
      if (desktop.folderFailure) throw desktop.folderFailure;
      desktop.opened.push('log folder');
    },
    setStartAtLogin: (enabled) => void desktop.startAtLogin.push(enabled),
    quit: () => void (desktop.quits += 1),
  };
  return desktop;
}

export interface Harness {
  sim: Simulator;
  clock: ManualClock;
  timers: ManualTimers;
  desktop: RecordingDesktop;
  store: Store;
  dataDir: string;
  keychain: Keychain;
  app: App;
  /** A second app over the same data dir and keychain, as after a restart; `demo` replaces the demo's simulator. */
  restart(opts?: { demo?: DemoRunner }): App;
  close(): Promise<void>;
}

export async function createHarness(opts: { timings?: SimTimings; keychain?: Keychain; dataDir?: string; systemLanguages?: string[] } = {}): Promise<Harness> {
  const clock = createManualClock();
  const sim = await startSimulator({ clock, timings: opts.timings ?? REALISTIC_TIMINGS });
  const timers = createManualTimers(clock);
  const desktop = recordingDesktop();
  const dataDir = opts.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'vps-tray-app-'));
  const keychain = opts.keychain ?? memoryKeychain();
  const apps: App[] = [];

  const build = (demo?: DemoRunner): { app: App; store: Store } => {
    const { store, recovered } = openDataStore(dataDir);
    const app = createApp({
      store,
      vault: createVault(keychain),
      desktop,
      timers,
      // No retries: a failure shows at once instead of after real-time backoff sleeps.
      createClient: (options) => createClient({ ...options, maxRetries: 0 }),
      storeRecovered: recovered,
      demo: demo ?? createDemoRunner({ clock }),
      systemLanguages: opts.systemLanguages ?? [],
    });
    apps.push(app);
    return { app, store };
  };

  const first = build();
  return {
    sim,
    clock,
    timers,
    desktop,
    store: first.store,
    dataDir,
    keychain,
    app: first.app,
    restart: (restartOpts = {}) => build(restartOpts.demo).app,
    async close() {
      for (const app of apps) await app.stop();
      await sim.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Adds the simulator's token of that kind and waits for the first refresh. */
export async function signIn(h: Harness, kind: keyof Simulator['tokens'] = 'full', app: App = h.app): Promise<void> {
  await app.handlers.addToken({ token: h.sim.tokens[kind], apiUrl: h.sim.url, profileName: 'Test' });
}
