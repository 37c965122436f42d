// The blank-canvas detector must tell a blank image from a drawn one,
// or the screenshot checks could never fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { decodePng, looksDrawn } from './png.mjs';

function crc32(bytes) {
  let crc = ~0;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; ++k) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, body) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])));
  return Buffer.concat([head, body, crc]);
}

// An RGB image with filter type 1 (Sub) on every row, to exercise unfiltering.
function makePng(width, height, pixel) {
  const rows = [];
  for (let y = 0; y < height; ++y) {
    const row = Buffer.alloc(1 + width * 3);
    row[0] = 1;
    let prev = [0, 0, 0];
    for (let x = 0; x < width; ++x) {
      const p = pixel(x, y);
      for (let c = 0; c < 3; ++c) row[1 + x * 3 + c] = (p[c] - prev[c]) & 255;
      prev = p;
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', ihdr),
                        chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

test('decodes what it is given', () => {
  const image = decodePng(makePng(4, 2, (x, y) => [x * 10, y * 20, 7]));
  assert.equal(image.width, 4);
  assert.deepEqual([...image.pixels.subarray(9, 12)], [30, 0, 7]);
  assert.deepEqual([...image.pixels.subarray(12 + 3, 12 + 6)], [10, 20, 7]);
});

test('a blank canvas is not taken for a drawn one', () => {
  assert.equal(looksDrawn(decodePng(makePng(64, 64, () => [26, 28, 33]))), false);
});

test('a window with text is taken for a drawn one', () => {
  const drawn = (x, y) => {
    if (x > 8 && x < 40 && y > 8 && y < 40) return (x + y) % 3 ? [40, 60, 100] : [230, 230, 230 - (x % 8)];
    return [26, 28, 33];
  };
  assert.equal(looksDrawn(decodePng(makePng(64, 64, drawn))), true);
});
