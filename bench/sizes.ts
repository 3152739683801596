// Built sizes: what the window downloads and parses (renderer JS, gzip -9 as it would travel
// compressed), and the raw size of the preload and of the main process's code. The window
// loads its frame and the Servers view first; other views, dialogs and the active language's
// messages are chunks it loads when it needs them.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { LOCALES } from '../src/shared/i18n/locales';

export interface Sizes {
  /** What the window loads at start in English: the page's module script and its static imports. */
  rendererJsGzipKb: number;
  /** The largest language chunk, loaded on top of that when the window speaks that language. */
  rendererJsGzipKbPerLocale: number;
  /** The most that opening one view or dialog adds to the start: its chunk and what it imports. */
  rendererJsGzipKbOnDemand: number;
  preloadKb: number;
  mainKb: number;
  /** The files main_kb counts, relative to out/main. */
  mainFiles: string[];
}

const KB = 1024;

function filesUnder(dir: string, suffixes: string[]): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && suffixes.some((suffix) => entry.name.endsWith(suffix)))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Relative modules a bundle imports, statically or on demand: both are main's code. */
function relativeImports(source: string): string[] {
  return [...staticImports(source), ...dynamicImports(source)];
}

const RELATIVE = `["'\`](\\.{1,2}/[^"'\`]+)["'\`]`;

/** `import … from "./x.js"` and `import "./x.js"`. */
function staticImports(source: string): string[] {
  return [...source.matchAll(new RegExp(`\\b(?:from|import)\\s*${RELATIVE}`, 'g'))].map((match) => match[1] ?? '');
}

/** `import("./x.js")`. */
function dynamicImports(source: string): string[] {
  return [...source.matchAll(new RegExp(`\\bimport\\s*\\(\\s*${RELATIVE}`, 'g'))].map((match) => match[1] ?? '');
}

/** A file and every file it imports statically, transitively. */
function staticClosure(file: string): Set<string> {
  const seen = new Set<string>();
  const visit = (current: string): void => {
    if (seen.has(current) || !existsSync(current)) return;
    seen.add(current);
    for (const specifier of staticImports(readFileSync(current, 'utf8'))) visit(path.resolve(path.dirname(current), specifier));
  };
  visit(file);
  return seen;
}

/** out/main/index.js and every chunk reachable from it (not the CLI's or the simulator's own entries). */
function mainFiles(outMain: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const specifier of relativeImports(readFileSync(file, 'utf8'))) visit(path.resolve(path.dirname(file), specifier));
  };
  visit(path.join(outMain, 'index.js'));
  return [...seen];
}

export function measureSizes(root: string): Sizes {
  const out = path.join(root, 'out');
  const renderer = path.join(out, 'renderer');
  const gzipped = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;
  const sum = (files: Iterable<string>): number => [...files].reduce((total, file) => total + gzipped(file), 0);

  const entry = /<script type="module"[^>]*\ssrc="\.\/([^"]+)"/.exec(readFileSync(path.join(renderer, 'index.html'), 'utf8'))?.[1];
  if (entry === undefined) throw new Error('out/renderer/index.html loads no module script.');
  const initial = staticClosure(path.join(renderer, entry));

  // The lazy chunks of src/shared/i18n/paraglide/messages/<locale>.js are named after the locale.
  const localeNames = new Set<string>(LOCALES.filter((l) => l !== 'en'));
  const isLocaleChunk = (file: string): boolean => localeNames.has(path.basename(file).split('-')[0] ?? '');
  const rendererJs = filesUnder(renderer, ['.js', '.mjs']);
  const localeChunks = rendererJs.filter(isLocaleChunk);
  if (localeChunks.length !== localeNames.size) throw new Error(`Expected one renderer chunk per language besides English, found ${localeChunks.map((f) => path.basename(f)).join(', ') || 'none'}.`);

  const onDemand = new Set(rendererJs.flatMap((file) => dynamicImports(readFileSync(file, 'utf8')).map((specifier) => path.resolve(path.dirname(file), specifier))));
  const extraOf = (chunk: string): number => sum([...staticClosure(chunk)].filter((file) => !initial.has(file)));
  const views = [...onDemand].filter((file) => !isLocaleChunk(file));

  const preloadBytes = filesUnder(path.join(out, 'preload'), ['.js', '.cjs', '.mjs']).reduce((total, file) => total + readFileSync(file).length, 0);
  const main = mainFiles(path.join(out, 'main'));
  const mainBytes = main.reduce((total, file) => total + readFileSync(file).length, 0);
  return {
    rendererJsGzipKb: sum(initial) / KB,
    rendererJsGzipKbPerLocale: Math.max(...localeChunks.map(gzipped)) / KB,
    rendererJsGzipKbOnDemand: Math.max(0, ...views.map(extraOf)) / KB,
    preloadKb: preloadBytes / KB,
    mainKb: mainBytes / KB,
    mainFiles: main.map((file) => path.relative(path.join(out, 'main'), file)),
  };
}
