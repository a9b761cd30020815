// Draws Upstream's app icon and writes it as build/icon.png (512×512, RGBA). electron-builder turns
// this one PNG into the .icns, .ico and Linux icon sets, so it is the only icon source to keep.
//
//   node build/make-icon.mjs
//
// Only Node's built-in modules: shapes are drawn as signed distance fields (which gives smooth,
// anti-aliased edges without supersampling) and the pixels are encoded as PNG with zlib.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const OUTPUT = fileURLToPath(new URL('./icon.png', import.meta.url));

// A rounded square in deep blue, darker towards the bottom, with two light chevrons pointing up:
// the lower one fainter, as if the mark were moving upstream.
const TILE = { margin: 24, radius: 104, top: [37, 99, 235], bottom: [23, 37, 84] };
const CHEVRON = { color: [224, 242, 254], halfWidth: 108, rise: 104, stroke: 44 };
const CHEVRONS = [
  { apexY: 150, opacity: 1 },
  { apexY: 258, opacity: 0.5 },
];

const clamp01 = (value) => Math.min(1, Math.max(0, value));
/** Pixel coverage from a signed distance (negative inside), with a one-pixel soft edge. */
const coverage = (distance) => clamp01(0.5 - distance);

function roundedSquareDistance(x, y) {
  const half = SIZE / 2 - TILE.margin;
  const qx = Math.abs(x - SIZE / 2) - (half - TILE.radius);
  const qy = Math.abs(y - SIZE / 2) - (half - TILE.radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - TILE.radius;
}

function segmentDistance(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = clamp01(((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** A chevron (^) stroked with round caps and join. */
function chevronDistance(x, y, apexY) {
  const apex = [SIZE / 2, apexY];
  const left = [SIZE / 2 - CHEVRON.halfWidth, apexY + CHEVRON.rise];
  const right = [SIZE / 2 + CHEVRON.halfWidth, apexY + CHEVRON.rise];
  const centreLine = Math.min(segmentDistance(x, y, left, apex), segmentDistance(x, y, apex, right));
  return centreLine - CHEVRON.stroke / 2;
}

function drawPixels() {
  const rgba = Buffer.alloc(SIZE * SIZE * 4);
  for (let row = 0; row < SIZE; row += 1) {
    for (let column = 0; column < SIZE; column += 1) {
      // Sample at the pixel centre.
      const x = column + 0.5;
      const y = row + 0.5;
      const tileAlpha = coverage(roundedSquareDistance(x, y));
      const t = clamp01((y - TILE.margin) / (SIZE - 2 * TILE.margin));
      let color = TILE.top.map((top, channel) => top + (TILE.bottom[channel] - top) * t);
      for (const { apexY, opacity } of CHEVRONS) {
        const ink = coverage(chevronDistance(x, y, apexY)) * opacity;
        color = color.map((base, channel) => base + (CHEVRON.color[channel] - base) * ink);
      }
      const offset = (row * SIZE + column) * 4;
      rgba[offset] = Math.round(color[0]);
      rgba[offset + 1] = Math.round(color[1]);
      rgba[offset + 2] = Math.round(color[2]);
      rgba[offset + 3] = Math.round(tileAlpha * 255);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression: deflate
  header[11] = 0; // filter method: adaptive
  header[12] = 0; // no interlace
  // Each scanline starts with its filter type; 0 (none) keeps the encoder trivial.
  const stride = SIZE * 4;
  const scanlines = Buffer.alloc((stride + 1) * SIZE);
  for (let row = 0; row < SIZE; row += 1) {
    scanlines[row * (stride + 1)] = 0;
    rgba.copy(scanlines, row * (stride + 1) + 1, row * stride, (row + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

writeFileSync(OUTPUT, encodePng(drawPixels()));
console.log(`Wrote ${OUTPUT}`);
