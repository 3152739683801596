// Boots the BUILT app (out/main/index.js, unmodified) under Node with the stand-in Electron
// runtime: a module hook resolves `electron` to ./electron.ts for every importer (the app's
// bundle and its dependencies alike), and every BrowserWindow is a page of a real Chromium.
// One boot per process: Electron runs one app per process too.
//
// The stand-in's own files must be loaded by Node itself (type stripping), not by a test
// runner's module graph, so that the app and the test see one and the same runtime: vitest
// externalizes this folder (vitest.config.ts).
import { existsSync, readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium.ts';
import type { Runtime, StandinConfig } from './runtime.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const HERE = path.join(ROOT, 'tests', 'electron-standin');
const MAIN = path.join(ROOT, 'out', 'main', 'index.js');

export interface BootOptions extends Partial<Omit<StandinConfig, 'browser' | 'appPath' | 'version'>> {
  userData: string;
  /** Command-line arguments after the app path, e.g. ['--hidden']. */
  args?: string[];
  /** Called right before out/main/index.js is loaded (the benchmark's start mark). */
  onBeforeMain?: () => void;
}

export interface Booted {
  runtime: Runtime;
  browser: Browser;
  /** Clicks the tray's Quit (or, with no tray, quits as the OS would at log-out), and waits until the app has quit. */
  quit(): Promise<void>;
}

let booted = false;

export async function bootBuiltApp(options: BootOptions): Promise<Booted> {
  if (booted) throw new Error('The stand-in runtime boots one app per process.');
  booted = true;
  if (!existsSync(MAIN)) throw new Error('out/main/index.js is missing: run `npm run build` first (npm test builds before the e2e tests).');
  const electronUrl = pathToFileURL(path.join(HERE, 'electron.ts')).href;
  registerHooks({
    resolve: (specifier, context, nextResolve) => (specifier === 'electron' ? { url: electronUrl, shortCircuit: true } : nextResolve(specifier, context)),
  });
  const { runtime } = await import('./runtime.ts');
  // Electron's own module is built in: loading the stand-in's is no part of the app's start-up
  // (nor of boot_ms). Only electron.ts itself waits for the app's import, since its app becomes
  // ready one turn after the main script has run.
  await import('./browser-window.ts');
  const { args = [], onBeforeMain, ...config } = options;
  // A fake camera and microphone: with no device at all, Chromium answers getUserMedia "not
  // found" before it asks for the permission, which would then go untested.
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream'], headless: true });
  runtime.configure({
    browser,
    appPath: ROOT,
    version: (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version,
    openedAtLogin: false,
    preferredLanguages: ['en-US'],
    locale: 'en-US',
    messageBoxResponse: 0,
    singleInstanceLock: true,
    packaged: false,
    ...config,
  });
  process.argv = [process.execPath, ROOT, ...args];
  onBeforeMain?.();
  await import(pathToFileURL(MAIN).href);

  return {
    runtime,
    browser,
    async quit() {
      if (!runtime.quitted) {
        const quitted = new Promise((resolve) => runtime.events.once('quit', resolve));
        const tray = runtime.trays.find((t) => !t.destroyed);
        if (tray) {
          // Quit is the menu's last item, in whatever language the tray speaks.
          tray.menu.at(-1)!.click!();
        } else {
          const { app } = await import('./electron.ts');
          app.quit();
        }
        await quitted;
      }
      await browser.close();
    },
  };
}
