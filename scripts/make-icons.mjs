// Draws the app and tray icons into resources/ (run: node scripts/make-icons.mjs). The icons are
// committed; this script is how they were made and how to change them. No image library: a
// tiny rasteriser with 4×4 supersampling, a PNG encoder on zlib, and an ICO container of PNGs.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

const OUT = path.resolve(import.meta.dirname, '..', 'resources');

// --- shapes in a 16×16 design space ------------------------------------------------------
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const slash = (x, y) => Math.abs(x - y) <= 1.1 && x > 1 && x < 15;

// A server: two stacked units, each with a status light.
const unitTop = roundRect(1.5, 2, 14.5, 7.2, 1.6);
const unitBottom = roundRect(1.5, 8.8, 14.5, 14, 1.6);
const lightTop = circle(4.4, 4.6, 1.05);
const lightBottom = circle(4.4, 11.4, 1.05);
const slotTop = roundRect(7, 4.1, 12, 5.1, 0.5);
const slotBottom = roundRect(7, 10.9, 12, 11.9, 0.5);
const badge = circle(12.6, 12.6, 3.4);
const badgeRing = circle(12.6, 12.6, 4.6);

function glyph(x, y) {
  const body = unitTop(x, y) || unitBottom(x, y);
  const holes = lightTop(x, y) || lightBottom(x, y) || slotTop(x, y) || slotBottom(x, y);
  return body && !holes;
}

/** Returns [r, g, b, a] (0-255) for a design-space point, per variant. */
function paint(variant, style) {
  const ink = style === 'template' ? [0, 0, 0] : style === 'dark-ink' ? [235, 238, 243] : [36, 41, 51];
  const accent = [37, 99, 235];
  const warn = [245, 158, 11];
  return (x, y) => {
    if (variant === 'attention' && badge(x, y)) return style === 'template' ? [...ink, 255] : [...warn, 255];
    if (variant === 'attention' && badgeRing(x, y)) return [0, 0, 0, 0];
    if (variant === 'offline' && slash(x, y)) return [...ink, 255];
    if (variant === 'offline' && Math.abs(x - y) <= 2.2) return [0, 0, 0, 0];
    if (glyph(x, y)) {
      if (style === 'app') return [...accent, 255];
      return [...ink, variant === 'offline' ? 140 : 255];
    }
    return [0, 0, 0, 0];
  };
}

function appIconPainter() {
  const tile = roundRect(0.3, 0.3, 15.7, 15.7, 3.4);
  const inner = (x, y) => glyph((x - 8) / 0.72 + 8, (y - 8) / 0.72 + 8);
  return (x, y) => {
    if (!tile(x, y)) return [0, 0, 0, 0];
    if (inner(x, y)) return [255, 255, 255, 255];
    const t = y / 16;
    return [Math.round(37 + 30 * t), Math.round(99 - 30 * t), Math.round(235 - 20 * t), 255];
  };
}

function rasterise(size, painter) {
  const px = Buffer.alloc(size * size * 4);
  const ss = 4;
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sj = 0; sj < ss; sj++) {
        for (let si = 0; si < ss; si++) {
          const [pr, pg, pb, pa] = painter(((i + (si + 0.5) / ss) * 16) / size, ((j + (sj + 0.5) / ss) * 16) / size);
          r += pr * pa; g += pg * pa; b += pb * pa; a += pa;
        }
      }
      const o = (j * size + i) * 4;
      px[o] = a ? Math.round(r / a) : 0;
      px[o + 1] = a ? Math.round(g / a) : 0;
      px[o + 2] = a ? Math.round(b / a) : 0;
      px[o + 3] = Math.round(a / (ss * ss));
    }
  }
  return png(size, px);
}

// --- PNG and ICO encoding --------------------------------------------------------------------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
function ico(images) {
  const head = Buffer.alloc(6);
  head.writeUInt16LE(1, 2);
  head.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const dir = images.map(({ size, data }) => {
    const e = Buffer.alloc(16);
    e[0] = size >= 256 ? 0 : size;
    e[1] = size >= 256 ? 0 : size;
    e.writeUInt16LE(1, 4);
    e.writeUInt16LE(32, 6);
    e.writeUInt32LE(data.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += data.length;
    return e;
  });
  return Buffer.concat([head, ...dir, ...images.map((i) => i.data)]);
}

function write(rel, data) {
  const file = path.join(OUT, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
}

for (const variant of ['normal', 'attention', 'offline']) {
  // Linux: a light glyph suits the usual dark panels; Windows: dark ink on a light taskbar
  // would vanish on a dark one, so the .ico carries the light glyph too.
  write(`tray/${variant}.png`, rasterise(32, paint(variant, 'dark-ink')));
  write(`tray/${variant}@2x.png`, rasterise(64, paint(variant, 'dark-ink')));
  write(`tray/${variant}.ico`, ico([16, 24, 32, 48].map((size) => ({ size, data: rasterise(size, paint(variant, 'dark-ink')) }))));
  // macOS: template images (black + alpha) that the menu bar tints for light and dark.
  write(`tray/${variant}Template.png`, rasterise(16, paint(variant, 'template')));
  write(`tray/${variant}Template@2x.png`, rasterise(32, paint(variant, 'template')));
}
write('icon.png', rasterise(512, appIconPainter()));
write('icon.ico', ico([16, 32, 48, 256].map((size) => ({ size, data: rasterise(size, appIconPainter()) }))));
console.log(`icons written to ${OUT}`);
