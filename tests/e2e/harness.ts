// Runs the BUILT renderer (out/renderer) in real Chromium with `window.vps` bound to the real
// main-process core (createApp from src/main/app.ts) and the embedded simulator on a manual
// clock. The binding goes through the same dispatcher as the Electron IPC, so inputs are
// validated exactly as in the app; main's events are pushed into the page as the preload would.
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp, type App } from '../../src/main/app';
import type { Desktop } from '../../src/main/desktop';
import { createDispatcher } from '../../src/main/ipc/dispatcher';
import { createManualClock, DEMO_TIMINGS, startSimulator, type ManualClock, type Simulator } from '../../src/core/simulator/simulator';
import { openDataStore } from '../../src/core/store/data-store';
import { createVault } from '../../src/core/vault/vault';
import { missingKeychain } from '../../src/core/vault/testing/fake-keychains';
import { COMMAND_NAMES, EVENT_NAMES, subscribeName } from '../../src/shared/ipc-contract';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp';
import { CHROMIUM_ARGS, findChromium } from './chromium';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const RENDERER_DIR = path.join(ROOT, 'out', 'renderer');
export const SCREENSHOT_DIR = path.join(ROOT, 'test-results', 'screenshots');
export const WINDOW = { width: 880, height: 620 } as const;

export interface LaunchOptions {
  theme?: 'light' | 'dark';
  profile?: 'none' | 'full' | 'readOnly';
  /** The OS's preferred languages, as Electron would report them (default: none, so English). */
  systemLanguages?: string[];
  reducedMotion?: 'reduce' | 'no-preference';
  /** 'missing': no Secret Service, so tokens live in memory (default: the real OS keychain). */
  keychain?: 'os' | 'missing';
  /** Where the shell set a damaged data file aside at start-up, as it tells the core. */
  storeRecovered?: string;
}

/** The rule sets every view must pass (issue #18): WCAG 2.0/2.1 A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] as const;
const AXE_SOURCE = readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core on the whole page as it is now (a dialog and the page behind it both), and
 * returns its violations in a form that reads well in a failed assertion. axe is evaluated
 * through the DevTools protocol, so the page's CSP (script-src 'self') stays in force.
 */
export async function audit(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate<AxeViolation[], readonly string[]>(async (tags) => {
    const { axe, document } = globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> }; document: unknown };
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, AXE_TAGS);
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${n.target.join(' ')}${n.failureSummary ? `: ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`));
}

/** What has the focus, as role and accessible name ("BODY" when it was lost). */
export const focused = (page: Page) =>
  page.evaluate<string>(`(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'BODY';
    return (el.getAttribute('role') ?? el.tagName.toLowerCase()) + ': ' + (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\\s+/g, ' ');
  })()`);

export interface RecordedDesktop extends Desktop {
  shown: Array<{ view: string; id?: number | string } | undefined>;
  /** Set once the page exists: delivers a navigation to it, as the shell's showWindow does. */
  onNavigate: (target: { view: string; id?: number | string }) => void;
  notifications: Array<{ title: string; body: string }>;
  clipboard: string[];
  saved: Array<{ defaultName: string; content: string }>;
  opened: string[];
}

export interface Launched {
  page: Page;
  app: App;
  sim: Simulator;
  clock: ManualClock;
  desktop: RecordedDesktop;
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

function recordingDesktop(): RecordedDesktop {
  const desktop: RecordedDesktop = {
    shown: [],
    onNavigate: () => {},
    notifications: [],
    clipboard: [],
    saved: [],
    opened: [],
    notify: (n) => void desktop.notifications.push({ title: n.title, body: n.body }),
    writeClipboard: async (text) => void desktop.clipboard.push(text),
    saveFile: async (file) => {
      desktop.saved.push(file);
      return { saved: true, path: path.join(os.tmpdir(), file.defaultName) };
    },
    confirm: async () => true,
    showWindow: (target) => {
      desktop.shown.push(target);
      if (target) desktop.onNavigate(target);
    },
    openExternal: (url) => void desktop.opened.push(url),
    openLogFolder: async () => void desktop.opened.push('log folder'),
    setStartAtLogin: () => {},
    quit: () => {},
  };
  return desktop;
}

const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };

function serveRenderer(): Promise<{ server: Server; url: string }> {
  if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` first (npm test builds before the e2e tests).');
  }
  const server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(RENDERER_DIR, urlPath === '/' ? 'index.html' : urlPath);
    if (!file.startsWith(RENDERER_DIR) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` });
  }));
}

let browser: Browser | null = null;
async function sharedBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

export async function launchApp(options: LaunchOptions = {}): Promise<Launched> {
  const theme = options.theme ?? 'light';
  const clock = createManualClock(Date.now());
  const sim = await startSimulator({ clock, timings: DEMO_TIMINGS });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'vps-e2e-'));
  const { store } = openDataStore(dataDir);
  const desktop = recordingDesktop();
  const app = createApp({
    store,
    storeRecovered: options.storeRecovered ?? null,
    vault: createVault(options.keychain === 'missing' ? missingKeychain() : undefined),
    desktop,
    systemLanguages: options.systemLanguages ?? [],
  });
  await app.start();
  if (options.profile === 'full' || options.profile === 'readOnly') {
    const token = options.profile === 'full' ? sim.tokens.full : sim.tokens.readOnly;
    const added = await app.handlers.addToken({ token, apiUrl: sim.url, profileName: 'Work' });
    if (!added.hasToken) throw new Error('could not add the test token');
  }
  await app.setWindowVisible(true);

  const { server, url } = await serveRenderer();
  const context = await (await sharedBrowser()).newContext({ viewport: WINDOW, colorScheme: theme, deviceScaleFactor: 1, reducedMotion: options.reducedMotion ?? 'no-preference' });
  const page = await context.newPage();
  const dispatch = createDispatcher(app.handlers);
  await page.exposeBinding('__vpsInvoke', (source, name: string, input: unknown) => {
    if (source.frame !== source.page.mainFrame()) return { ok: false, error: { kind: 'forbidden', message: 'sub-frame' } };
    return dispatch(`vps:${name}`, input);
  });
  await page.addInitScript(
    ({ commands, events }) => {
      const listeners = new Map<string, Set<(payload: unknown) => void>>();
      const api: Record<string, unknown> = {};
      const w = globalThis as unknown as Record<string, unknown> & { __vpsInvoke: (name: string, input: unknown) => Promise<unknown> };
      for (const name of commands) api[name] = (input?: unknown) => w.__vpsInvoke(name, input);
      for (const [event, method] of events) {
        api[method] = (listener: (payload: unknown) => void) => {
          const set = listeners.get(event) ?? new Set();
          set.add(listener);
          listeners.set(event, set);
          return () => set.delete(listener);
        };
      }
      w.vps = Object.freeze(api);
      w.__vpsEmit = (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload));
    },
    { commands: COMMAND_NAMES, events: EVENT_NAMES.map((e) => [e, subscribeName(e)] as const) },
  );
  const emit = (event: string, payload: unknown) =>
    page.evaluate(([e, p]) => (globalThis as unknown as { __vpsEmit: (e: string, p: unknown) => void }).__vpsEmit(e, p), [event, payload] as const).catch(() => {});
  const offState = app.onState((state) => void emit('state', state));
  desktop.onNavigate = (target) => void emit('navigate', target);

  await page.goto(url);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });

  return {
    page,
    app,
    sim,
    clock,
    desktop,
    shot: async (name) => {
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${theme}.png`) });
    },
    close: async () => {
      offState();
      await context.close();
      await app.stop();
      await sim.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
