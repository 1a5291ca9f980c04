#!/usr/bin/env node
// Generates the KBZ Werkplek app icon procedurally, without dependencies.
//
// Design: a deep-blue rounded square holding a 2x2 grid of soft-coloured
// rounded tiles (the "4D model": body, mind, social, societal) with a white
// circle in the middle (the person). Every size is drawn directly with 4x4
// supersampling for anti-aliased edges, so no resampling is needed.
//
// Output (relative to the project root):
//   assets/icon.png   512x512 RGBA PNG
//   assets/icon.ico   PNG-encoded entries at 16, 32, 48, 64, 128, 256 px
//   assets/icon.icns  PNG-encoded entries ic07 (128), ic08 (256), ic09 (512), ic10 (1024)
//
// Usage: node scripts/make-icons.mjs

import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ASSETS = join(ROOT, 'assets');

// ---------------------------------------------------------------------------
// Design (all geometry in unit coordinates, 0..1 across the canvas)
// ---------------------------------------------------------------------------

const hex = (h) => [
  parseInt(h.slice(1, 3), 16),
  parseInt(h.slice(3, 5), 16),
  parseInt(h.slice(5, 7), 16),
];

const COLORS = {
  base: hex('#12355b'), // deep blue
  body: hex('#8fd3b6'), // soft green
  mind: hex('#a8c8f5'), // soft blue
  social: hex('#f6c89f'), // soft peach
  societal: hex('#d4bdf2'), // soft lavender
  person: hex('#ffffff'),
};

const INSET = 0.06; // transparent margin around the base square
const BASE_RADIUS = 0.2; // corner radius of the base square
const PAD = 0.15; // padding between base edge and the tile grid
const GAP = 0.055; // gap between tiles
const TILE_RADIUS = 0.07;
const PERSON_RADIUS = 0.12;
const PERSON_RING = 0.045; // deep-blue ring separating the person from the tiles

function buildShapes() {
  const shapes = [];
  const baseSize = 1 - 2 * INSET;
  shapes.push({ kind: 'rrect', cx: 0.5, cy: 0.5, hw: baseSize / 2, hh: baseSize / 2, r: BASE_RADIUS, color: COLORS.base });

  const gridStart = INSET + PAD;
  const gridSize = 1 - 2 * gridStart;
  const tile = (gridSize - GAP) / 2;
  const tileColors = [COLORS.body, COLORS.mind, COLORS.social, COLORS.societal];
  for (let row = 0; row < 2; row++) {
    for (let col = 0; col < 2; col++) {
      const x0 = gridStart + col * (tile + GAP);
      const y0 = gridStart + row * (tile + GAP);
      shapes.push({
        kind: 'rrect',
        cx: x0 + tile / 2,
        cy: y0 + tile / 2,
        hw: tile / 2,
        hh: tile / 2,
        r: TILE_RADIUS,
        color: tileColors[row * 2 + col],
      });
    }
  }

  shapes.push({ kind: 'circle', cx: 0.5, cy: 0.5, r: PERSON_RADIUS + PERSON_RING, color: COLORS.base });
  shapes.push({ kind: 'circle', cx: 0.5, cy: 0.5, r: PERSON_RADIUS, color: COLORS.person });
  return shapes;
}

const SHAPES = buildShapes();

function inside(shape, x, y) {
  if (shape.kind === 'circle') {
    const dx = x - shape.cx;
    const dy = y - shape.cy;
    return dx * dx + dy * dy <= shape.r * shape.r;
  }
  // Rounded rectangle signed distance.
  const qx = Math.abs(x - shape.cx) - (shape.hw - shape.r);
  const qy = Math.abs(y - shape.cy) - (shape.hh - shape.r);
  const ox = Math.max(qx, 0);
  const oy = Math.max(qy, 0);
  const d = Math.sqrt(ox * ox + oy * oy) + Math.min(Math.max(qx, qy), 0) - shape.r;
  return d <= 0;
}

/** Colour of the topmost opaque shape at (x, y), or null when transparent. */
function sample(x, y) {
  for (let i = SHAPES.length - 1; i >= 0; i--) {
    if (inside(SHAPES[i], x, y)) return SHAPES[i].color;
  }
  return null;
}

// ---------------------------------------------------------------------------
// Rasterisation with supersampling
// ---------------------------------------------------------------------------

const SS = 4; // samples per axis per pixel

/** Renders the icon at size x size into an RGBA Uint8Array (straight alpha). */
function render(size) {
  const out = new Uint8Array(size * size * 4);
  const n = SS * SS;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SS; sy++) {
        const y = (py + (sy + 0.5) / SS) / size;
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) / size;
          const c = sample(x, y);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        // Average over covered samples only (un-premultiplied colour).
        out[o] = Math.round(r / a);
        out[o + 1] = Math.round(g / a);
        out[o + 2] = Math.round(b / a);
        out[o + 3] = Math.round((a / n) * 255);
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// PNG encoder
// ---------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const typeBuf = Buffer.from(type, 'ascii');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length, 0);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([typeBuf, data])), 0);
  return Buffer.concat([len, typeBuf, data, crc]);
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  if (pb <= pc) return b;
  return c;
}

/** Filters scanlines, picking per row the filter with the smallest sum of abs values. */
function filterScanlines(rgba, width, height) {
  const bpp = 4;
  const stride = width * bpp;
  const out = Buffer.alloc(height * (stride + 1));
  const cand = Array.from({ length: 5 }, () => Buffer.alloc(stride));
  for (let y = 0; y < height; y++) {
    const row = y * stride;
    const prev = y > 0 ? row - stride : -1;
    for (let i = 0; i < stride; i++) {
      const x = rgba[row + i];
      const a = i >= bpp ? rgba[row + i - bpp] : 0;
      const b = prev >= 0 ? rgba[prev + i] : 0;
      const c = prev >= 0 && i >= bpp ? rgba[prev + i - bpp] : 0;
      cand[0][i] = x;
      cand[1][i] = (x - a) & 0xff;
      cand[2][i] = (x - b) & 0xff;
      cand[3][i] = (x - ((a + b) >> 1)) & 0xff;
      cand[4][i] = (x - paeth(a, b, c)) & 0xff;
    }
    let best = 0;
    let bestScore = Infinity;
    for (let f = 0; f < 5; f++) {
      let s = 0;
      const buf = cand[f];
      for (let i = 0; i < stride; i++) s += buf[i] < 128 ? buf[i] : 256 - buf[i];
      if (s < bestScore) {
        bestScore = s;
        best = f;
      }
    }
    const o = y * (stride + 1);
    out[o] = best;
    cand[best].copy(out, o + 1);
  }
  return out;
}

function encodePng(rgba, width, height) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const idat = deflateSync(filterScanlines(rgba, width, height), { level: 9 });
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------
// ICO and ICNS containers
// ---------------------------------------------------------------------------

function encodeIco(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const e = Buffer.alloc(16);
    e[0] = size >= 256 ? 0 : size; // width (0 means 256)
    e[1] = size >= 256 ? 0 : size; // height
    e[2] = 0; // palette colours
    e[3] = 0; // reserved
    e.writeUInt16LE(1, 4); // colour planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(png.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(e);
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

function encodeIcns(images) {
  const parts = [];
  for (const { type, png } of images) {
    const h = Buffer.alloc(8);
    h.write(type, 0, 4, 'ascii');
    h.writeUInt32BE(png.length + 8, 4);
    parts.push(h, png);
  }
  const body = Buffer.concat(parts);
  const header = Buffer.alloc(8);
  header.write('icns', 0, 4, 'ascii');
  header.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([header, body]);
}

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------

const pngCache = new Map();
function pngAt(size) {
  if (!pngCache.has(size)) pngCache.set(size, encodePng(render(size), size, size));
  return pngCache.get(size);
}

mkdirSync(ASSETS, { recursive: true });

const outputs = [
  ['icon.png', pngAt(512)],
  ['icon.ico', encodeIco([16, 32, 48, 64, 128, 256].map((size) => ({ size, png: pngAt(size) })))],
  [
    'icon.icns',
    encodeIcns([
      { type: 'ic07', png: pngAt(128) },
      { type: 'ic08', png: pngAt(256) },
      { type: 'ic09', png: pngAt(512) },
      { type: 'ic10', png: pngAt(1024) },
    ]),
  ],
];

for (const [name, data] of outputs) {
  writeFileSync(join(ASSETS, name), data);
  console.log(`wrote assets/${name} (${data.length} bytes)`);
}
