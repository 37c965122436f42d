// Native smoke test: forklab-desktop opens its window (under xvfb-run),
// renders frames, saves a screenshot, exits 0; the screenshot is not blank.
//   node tests/smoke/desktop_smoke.mjs FORKLAB_DESKTOP SCREENSHOT_DIR
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePng, describeImage, looksDrawn } from '../e2e/png.mjs';

const [desktop, shotDir = 'build/screenshots'] = process.argv.slice(2);

test('the desktop app draws its window under Xvfb', () => {
  mkdirSync(shotDir, { recursive: true });
  const shot = join(shotDir, 'native.png');
  const run = spawnSync('xvfb-run', ['-a', '-s', '-screen 0 1280x720x24', desktop,
                                     '--frames', '30', '--screenshot', shot],
                        { encoding: 'utf8', timeout: 60000 });
  assert.equal(run.error, undefined, String(run.error));
  assert.equal(run.status, 0, run.stderr);
  const image = decodePng(readFileSync(shot));
  console.log('# screenshot', JSON.stringify(describeImage(image)));
  assert.equal(image.width, 1280);
  assert.equal(image.height, 720);
  assert.ok(looksDrawn(image), 'the screenshot looks blank');
});
