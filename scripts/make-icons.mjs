// Draws the app icon (four soft tiles on warm paper: calm, and it does not announce "mental
// health" on a home screen) as PNGs with Node's zlib, so no image tool is needed. Run once;
// the outputs are committed in apps/web/public.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const PAPER = [0xfb, 0xf8, 0xf3];
const TILES = [
  [0x8f, 0xb8, 0xa3],
  [0xe3, 0xb3, 0x6b],
  [0xa9, 0xa6, 0xcf],
  [0x2f, 0x6b, 0x5e],
];

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function inRoundedRect(x, y, x0, y0, size, r) {
  const cx = Math.min(Math.max(x, x0 + r), x0 + size - r);
  const cy = Math.min(Math.max(y, y0 + r), y0 + size - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= x0 && y >= y0 && x < x0 + size && y < y0 + size;
}

function icon(size) {
  // Tiles sit inside the central 60 % so the maskable safe zone keeps them whole.
  const pad = size * 0.2;
  const gap = size * 0.04;
  const tile = (size - 2 * pad - gap) / 2;
  const radius = tile * 0.22;
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      let rgb = PAPER;
      for (let i = 0; i < 4; i++) {
        const x0 = pad + (i % 2) * (tile + gap);
        const y0 = pad + Math.floor(i / 2) * (tile + gap);
        if (inRoundedRect(x + 0.5, y + 0.5, x0, y0, tile, radius)) rgb = TILES[i];
      }
      row.set(rgb, 1 + x * 3);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const out = new URL("../apps/web/public/", import.meta.url);
for (const size of [192, 512]) writeFileSync(new URL(`icon-${size}.png`, out), icon(size));
const hex = (c) => `#${c.map((v) => v.toString(16).padStart(2, "0")).join("")}`;
const rects = TILES.map(
  (c, i) =>
    `<rect x="${20 + (i % 2) * 32}" y="${20 + Math.floor(i / 2) * 32}" width="28" height="28" rx="6" fill="${hex(c)}"/>`,
).join("");
writeFileSync(
  new URL("icon.svg", out),
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><title>Small Steps</title><rect width="100" height="100" rx="22" fill="${hex(PAPER)}"/>${rects}</svg>\n`,
);
