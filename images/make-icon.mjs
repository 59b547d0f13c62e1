// Draws images/icon.png (256×256): a page of text with one highlighted line under a lens, on a
// rounded blue square. No drawing library: shapes as signed distances, 4×4 supersampling, and a
// minimal PNG encoder (zlib from Node).   node images/make-icon.mjs
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const N = 256;
const SS = 4; // samples per pixel along each axis

// Signed distances (negative inside), in pixels of the 256 grid.
const roundRect = (x, y, x0, y0, x1, y1, r) => {
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  const qx = Math.abs(x - cx) - ((x1 - x0) / 2 - r), qy = Math.abs(y - cy) - ((y1 - y0) / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const circle = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) - r;
const segment = (x, y, ax, ay, bx, by, r) => {
  const px = x - ax, py = y - ay, dx = bx - ax, dy = by - ay;
  const h = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * h, py - dy * h) - r;
};

const BG = [0x1d, 0x4e, 0x89], PAGE = [0xfb, 0xf8, 0xf1], FOLD = [0xd9, 0xd3, 0xc4], INK = [0x9a, 0xa6, 0xb4];
const MARK = [0xf2, 0xa9, 0x00], LENS = [0xff, 0xff, 0xff], RIM = [0x12, 0x2c, 0x4d], HANDLE = [0x12, 0x2c, 0x4d];
const LENS_C = [150, 150], LENS_R = 54;

/** Layers bottom to top: [distance function, colour, opacity]. */
const layers = [
  [(x, y) => roundRect(x, y, 8, 8, 248, 248, 44), BG, 1],
  // the page, its top right corner folded
  [(x, y) => Math.max(roundRect(x, y, 52, 36, 184, 214, 10), x - y - 112), PAGE, 1],
  [(x, y) => Math.max(x - y - 112, -(x - 148), y - 72, roundRect(x, y, 52, 36, 184, 214, 10)), FOLD, 1],
  // lines of text; the fourth is an entity, highlighted
  ...[64, 88, 112, 136, 160, 184].map((ly, i) => [
    (x, y) => segment(x, y, 72, ly, i === 0 ? 128 : i === 5 ? 136 : 164, ly, 5),
    i === 3 ? MARK : INK,
    1,
  ]),
  // the lens: a faint glass, the highlighted line drawn larger inside it, the rim and the handle
  [(x, y) => circle(x, y, ...LENS_C, LENS_R), LENS, 0.55],
  [(x, y) => Math.max(segment(x, y, 104, 150, 196, 150, 9), circle(x, y, ...LENS_C, LENS_R)), MARK, 1],
  [(x, y) => segment(x, y, 190, 190, 226, 226, 13), HANDLE, 1],
  [(x, y) => Math.abs(circle(x, y, ...LENS_C, LENS_R + 6)) - 8, RIM, 1],
];

const rgba = Buffer.alloc(N * N * 4);
for (let py = 0; py < N; py++) {
  for (let px = 0; px < N; px++) {
    let r = 0, g = 0, b = 0, a = 0; // premultiplied sum over samples
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const x = px + (sx + 0.5) / SS, y = py + (sy + 0.5) / SS;
        let cr = 0, cg = 0, cb = 0, ca = 0;
        for (const [d, c, o] of layers) {
          if (d(x, y) > 0) continue;
          cr = c[0] * o + cr * (1 - o); cg = c[1] * o + cg * (1 - o); cb = c[2] * o + cb * (1 - o); ca = o + ca * (1 - o);
        }
        r += cr; g += cg; b += cb; a += ca;
      }
    }
    const i = (py * N + px) * 4, k = SS * SS;
    rgba[i + 3] = Math.round((a / k) * 255);
    if (a > 0) [rgba[i], rgba[i + 1], rgba[i + 2]] = [r / a, g / a, b / a].map(Math.round);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4), crc = Buffer.alloc(4), body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  len.writeUInt32BE(data.length);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0);
ihdr.writeUInt32BE(N, 4);
ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const raw = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) rgba.copy(raw, y * (N * 4 + 1) + 1, y * N * 4, (y + 1) * N * 4); // filter 0 per row
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'icon.png');
fs.writeFileSync(out, png);
console.log(`wrote ${out} (${N}×${N}, ${png.length} bytes)`);
