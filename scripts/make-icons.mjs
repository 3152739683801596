// Renders the app and tray icons into resources/ from their SVG sources in resources/icons/
// (run: node scripts/make-icons.mjs; the results are committed). A designer edits the SVGs;
// this script only rasterises them (resvg) and packs the Windows .ico files (png-to-ico).
//
// The tray's three states (normal, attention, offline) come from the one tray.svg: each state
// keeps the elements whose data-state names it and drops those of the other states.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import pngToIco from 'png-to-ico';

const RESOURCES = path.resolve(import.meta.dirname, '..', 'resources');
const TRAY_STATES = ['normal', 'attention', 'offline'];

const source = (name) => readFileSync(path.join(RESOURCES, 'icons', `${name}.svg`), 'utf8');

/** The tray SVG for one state, in one ink colour; a template image (macOS) is all black. */
export function traySvg(svg, state, style) {
  const ink = style === 'template' ? '#000000' : style === 'light' ? '#ebeef3' : '#242933';
  let out = svg.replace(/^\s*<[^>]*\sdata-state="(\w+)"[^>]*\/>\n/gm, (element, only) => (only === state ? element : ''));
  out = out.replace(/<svg([^>]*)\scolor="[^"]*"/, `<svg$1 color="${ink}"`);
  // A template image is drawn by macOS in one colour: its badge too.
  if (style === 'template') out = out.replace(/(class="badge"[^>]*fill=)"[^"]*"/, '$1"currentColor"');
  return out;
}

export function render(svg, size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

function write(relative, data) {
  const file = path.join(RESOURCES, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
}

async function main() {
  const tray = source('tray');
  for (const state of TRAY_STATES) {
    // Linux: a light glyph suits the usual dark panels. Windows: dark ink on a light taskbar
    // would vanish on a dark one, so the .ico carries the light glyph too.
    const light = traySvg(tray, state, 'light');
    write(`tray/${state}.png`, render(light, 32));
    write(`tray/${state}@2x.png`, render(light, 64));
    write(`tray/${state}.ico`, await pngToIco([16, 24, 32, 48].map((size) => render(light, size))));
    // macOS: template images (black and alpha) that the menu bar tints for light and dark.
    const template = traySvg(tray, state, 'template');
    write(`tray/${state}Template.png`, render(template, 16));
    write(`tray/${state}Template@2x.png`, render(template, 32));
  }
  const app = source('app');
  write('icon.png', render(app, 512));
  write('icon.ico', await pngToIco([16, 32, 48, 256].map((size) => render(app, size))));
  console.log(`icons written to ${RESOURCES}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
