// From main's state to pixels: the built renderer in headless Chromium receives a real AppState
// of N servers through the `state` event, as the preload delivers it, and the page itself times
// from just before the emit until two animation frames after the server rows are in the DOM
// (the second frame starts only once the frame holding the rows has been painted).
//
// The state crosses into the page once; each run delivers a fresh structured clone of it, as
// Electron's IPC does, after a full GC, so the garbage of Playwright's own transfer (a large
// state arrives as a temporary tree several times its size) is not collected inside the
// timed frames.
import { chromium, type Page } from 'playwright-core';
import type { AppState } from '../src/shared/app-state';
import { COMMAND_NAMES, EVENT_NAMES, subscribeName } from '../src/shared/ipc-contract';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium';
import { serveRenderer } from './renderer-server';

const RENDER_RUNS = 5;
/** The window's size (src/main/shell/window.ts). */
const VIEWPORT = { width: 880, height: 620 };
const SERVER_ROW = '[role="grid"][aria-label="Servers"] [role="row"][data-index]';
/** Ten seconds at 60 frames a second: rows that have not appeared by then never will. */
const MAX_FRAMES = 600;

/** What the page's script sees; the bench's TypeScript has no DOM types. */
interface PageGlobals {
  __vpsEmit(event: string, payload: unknown): void;
  /** The state being measured, and the empty one runs start from. */
  __benchState?: AppState;
  __emptyState?: AppState;
  /** Chromium runs with --js-flags=--expose-gc. */
  gc?: () => void;
  document: { querySelector(selector: string): unknown };
  requestAnimationFrame(callback: () => void): number;
  performance: { now(): number };
}

/** The same session with nothing in the account yet: what the window shows before the state arrives. */
function emptied(state: AppState): AppState {
  return { ...state, servers: [], domains: [], zones: [], reminders: [], renewalCosts: [], pending: [], watched: {}, windowVisible: true };
}

/**
 * `window.vps` as the preload builds it, but answered in the page: getState gives `initial`,
 * other commands are acknowledged, so only the renderer's own work is timed.
 */
async function bindStubApi(page: Page, initial: AppState): Promise<void> {
  await page.addInitScript(
    ({ commands, events, state }) => {
      const listeners = new Map<string, Set<(payload: unknown) => void>>();
      const api: Record<string, unknown> = {};
      for (const name of commands) api[name] = async () => ({ ok: true, value: name === 'getState' ? state : undefined });
      for (const [event, method] of events) {
        api[method] = (listener: (payload: unknown) => void) => {
          const set = listeners.get(event) ?? new Set();
          set.add(listener);
          listeners.set(event, set);
          return () => set.delete(listener);
        };
      }
      const g = globalThis as unknown as Record<string, unknown>;
      g.vps = Object.freeze(api);
      g.__emptyState = state;
      g.__vpsEmit = (event: string, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload));
    },
    { commands: COMMAND_NAMES, events: EVENT_NAMES.map((e) => [e, subscribeName(e)] as const), state: initial },
  );
}

/** Emits the state kept in the page (or the empty one) and waits for rows to appear (or go) and two frames; the ms it took. */
function emitAndPaint(page: Page, which: 'kept' | 'empty'): Promise<number> {
  return page.evaluate(
    async ([which, rowSelector, maxFrames]) => {
      const g = globalThis as unknown as PageGlobals;
      const frame = () => new Promise<void>((resolve) => g.requestAnimationFrame(() => resolve()));
      const rowsExpected = which === 'kept';
      const payload = structuredClone(rowsExpected ? g.__benchState : g.__emptyState);
      g.gc?.();
      const started = g.performance.now();
      g.__vpsEmit('state', payload);
      // Svelte applies the new state in a microtask queued by the emit, before this one.
      await Promise.resolve();
      for (let frames = 0; (g.document.querySelector(rowSelector) !== null) !== rowsExpected; frames++) {
        if (frames === maxFrames) throw new Error(rowsExpected ? 'The server rows never appeared.' : 'The server rows never went away.');
        await frame();
      }
      await frame();
      await frame();
      return g.performance.now() - started;
    },
    [which, SERVER_ROW, MAX_FRAMES] as const,
  );
}

/** The ms of each of RENDER_RUNS runs per state, keyed like `states`; each run starts from the empty list. */
export async function measureRender<K extends string>(root: string, states: Record<K, AppState>): Promise<Record<K, number[]>> {
  const first = Object.values<AppState>(states)[0];
  if (!first) throw new Error('measureRender needs at least one state.');
  const renderer = await serveRenderer(root);
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'], headless: true });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const empty = emptied(first);
    await bindStubApi(page, empty);
    await page.goto(renderer.url);
    await page.waitForSelector('#servers-title');
    const runsByKey = {} as Record<K, number[]>;
    for (const key of Object.keys(states) as K[]) {
      await page.evaluate((state) => {
        (globalThis as unknown as PageGlobals).__benchState = state;
      }, { ...states[key], windowVisible: true });
      const runs: number[] = [];
      for (let run = 0; run < RENDER_RUNS; run++) {
        await emitAndPaint(page, 'empty');
        runs.push(await emitAndPaint(page, 'kept'));
      }
      runsByKey[key] = runs;
    }
    return runsByKey;
  } finally {
    await browser.close();
    await renderer.close();
  }
}
