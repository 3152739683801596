// Built sizes: what the window downloads and parses (renderer JS, gzip -9 as it would travel
// compressed), and the raw size of the preload and of the main process's code.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { LOCALES } from '../src/shared/i18n/locales';

export interface Sizes {
  /** What the window loads in English: every renderer chunk but the other languages' messages. */
  rendererJsGzipKb: number;
  /** The largest language chunk, loaded on top of that when the window speaks that language. */
  rendererJsGzipKbPerLocale: number;
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
  const found: string[] = [];
  for (const match of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
    if (match[1] !== undefined) found.push(match[1]);
  }
  return found;
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
  const rendererJs = filesUnder(path.join(out, 'renderer'), ['.js', '.mjs']);
  const gzipped = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;
  // The lazy chunks of src/shared/i18n/paraglide/messages/<locale>.js are named after the locale.
  const localeNames = new Set<string>(LOCALES.filter((l) => l !== 'en'));
  const isLocaleChunk = (file: string): boolean => localeNames.has(path.basename(file).split('-')[0] ?? '');
  const gzipBytes = rendererJs.filter((file) => !isLocaleChunk(file)).reduce((sum, file) => sum + gzipped(file), 0);
  const localeChunks = rendererJs.filter(isLocaleChunk);
  if (localeChunks.length !== localeNames.size) throw new Error(`Expected one renderer chunk per language besides English, found ${localeChunks.map((f) => path.basename(f)).join(', ') || 'none'}.`);
  const perLocaleBytes = Math.max(...localeChunks.map(gzipped));
  const preloadBytes = filesUnder(path.join(out, 'preload'), ['.js', '.cjs', '.mjs']).reduce((sum, file) => sum + readFileSync(file).length, 0);
  const main = mainFiles(path.join(out, 'main'));
  const mainBytes = main.reduce((sum, file) => sum + readFileSync(file).length, 0);
  return {
    rendererJsGzipKb: gzipBytes / KB,
    rendererJsGzipKbPerLocale: perLocaleBytes / KB,
    preloadKb: preloadBytes / KB,
    mainKb: mainBytes / KB,
    mainFiles: main.map((file) => path.relative(path.join(out, 'main'), file)),
  };
}
