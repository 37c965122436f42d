// Browser end-to-end test: loads the built web lab in headless Chromium,
// waits for window.forklab.ready, fails on any console error, and saves a
// screenshot that must show the ImGui window, not a blank canvas.
//   node tests/e2e/page.test.mjs WEB_DIR SCREENSHOT_DIR
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import { decodePng, describeImage, looksDrawn } from './png.mjs';
import { CHROMIUM_ARGS } from './chromium.mjs';

const [webDir = 'build/web', shotDir = 'build/screenshots'] = process.argv.slice(2);

let browser, server, url;

before(async () => {
  assert.ok(existsSync(join(webDir, 'index.html')), `no web build in ${webDir}`);
  ({ server, url } = await startStaticServer(webDir));
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('the page loads, resolves forklab.ready and draws the lab', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push('console error: ' + msg.text()); });
  page.on('pageerror', (error) => problems.push('page error: ' + error.message));

  await page.goto(url);
  const readyMs = await page.evaluate(async () => {
    await window.forklab.ready;
    return window.forklab.readyTime;
  });
  // Let a few more frames run so the screenshot shows a settled UI.
  await page.waitForTimeout(500);
  console.log(`# ready ${readyMs.toFixed(0)} ms after navigation start`);

  mkdirSync(shotDir, { recursive: true });
  const png = await page.screenshot();
  writeFileSync(join(shotDir, 'web.png'), png);
  const image = decodePng(png);
  console.log('# screenshot', JSON.stringify(describeImage(image)));

  const canvas = await page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { width: c.width, height: c.height, cssWidth: c.clientWidth, cssHeight: c.clientHeight,
             loadingHidden: getComputedStyle(document.getElementById('loading')).display === 'none' };
  });
  assert.deepEqual(problems, []);
  assert.ok(canvas.loadingHidden, 'the loading bar is still shown');
  assert.equal(canvas.width, canvas.cssWidth, 'canvas backing store does not fill the page');
  assert.equal(canvas.height, canvas.cssHeight, 'canvas backing store does not fill the page');
  assert.ok(looksDrawn(image), 'the screenshot looks blank');
  await page.close();
});

test('on a high-DPI screen the canvas is sized in device pixels', async () => {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => window.forklab.ready);
  await page.waitForTimeout(300);
  const size = await page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { width: c.width, height: c.height };
  });
  assert.deepEqual(size, { width: 1600, height: 1200 });
  mkdirSync(shotDir, { recursive: true });
  const png = await page.screenshot();
  writeFileSync(join(shotDir, 'web-hidpi.png'), png);
  assert.ok(looksDrawn(decodePng(png)), 'the high-DPI screenshot looks blank');
  await context.close();
});
