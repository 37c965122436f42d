// Browser end-to-end tests of the lab, as a student would use it: load the
// printed zombie.c (with its executable: compiling in the page comes with
// the compiler's bootstrap), run it, and read the panels' state through
// window.forklab.query; type in the editor with the keyboard.
//   node tests/e2e/lab.test.mjs WEB_DIR SCREENSHOT_DIR ZOMBIE_C ZOMBIE_ELF RACE_ELF
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import { CHROMIUM_ARGS } from './chromium.mjs';
import { decodePng, looksDrawn } from './png.mjs';

const [webDir = 'build/web', shotDir = 'build/screenshots', zombieC, zombieElf, raceElf] = process.argv.slice(2);

let browser, server, url, page;
const problems = [];

before(async () => {
  assert.ok(existsSync(join(webDir, 'index.html')), `no web build in ${webDir}`);
  ({ server, url } = await startStaticServer(webDir));
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push('console error: ' + msg.text()); });
  page.on('pageerror', (error) => problems.push('page error: ' + error.message));
  await page.goto(url);
  await page.evaluate(() => window.forklab.ready);
});

after(async () => {
  await browser?.close();
  server?.close();
});

// Loads zombie.c and its executable into the page and starts it.
async function loadZombie() {
  const source = readFileSync(zombieC, 'utf8');
  const elf = [...readFileSync(zombieElf)];
  const loaded = await page.evaluate(({ source, elf }) =>
    window.forklab.load({ zombie: new Uint8Array(elf), 'zombie.c': source }), { source, elf });
  assert.deepEqual(loaded, { ok: true });
}

// Polls a query in the page until `ok(answer)` or the time is up.
async function waitForQuery(what, arg, ok, ms = 60000) {
  const end = Date.now() + ms;
  let answer;
  while (Date.now() < end) {
    answer = await page.evaluate(([w, a]) => window.forklab.query(w, a), [what, arg]);
    if (ok(answer)) return answer;
    await page.waitForTimeout(100);
  }
  assert.fail(`query('${what}', ${arg}) never got there; last answer: ${JSON.stringify(answer).slice(0, 2000)}`);
}

const byPid = (ps) => new Map(ps.processes.map((p) => [p.pid, p]));

test('zombie.c: the parent sleeps (S), the child is a zombie (Z), with fork return labels', async () => {
  await loadZombie();
  // Fast virtual time: the child's sleep(2) passes in a moment.
  await page.evaluate(() => window.forklab.speed(0, 50));
  assert.deepEqual(await page.evaluate(() => window.forklab.run()), { ok: true });
  const ps = await waitForQuery('processes', 0, (ps) => {
    const p = byPid(ps);
    return p.get(3)?.state === 'S' && p.get(4)?.state === 'Z';
  });
  const p = byPid(ps);
  assert.equal(p.get(3).command, './zombie');
  assert.equal(p.get(4).ppid, 3);
  assert.equal(p.get(4).fork_label_parent, 'fork() = 4');  // the child's pid, in the parent
  assert.equal(p.get(4).fork_label_child, 'fork() = 0');   // 0, in the child
  const tree = await page.evaluate(() => window.forklab.query('tree'));
  const zombie = tree.roots[0].children[0].children[0];
  assert.equal(zombie.pid, 3);
  assert.equal(zombie.children[0].fork_return_in_parent, 4);
  assert.equal(zombie.children[0].fork_return_in_child, 0);
  const terminal = await page.evaluate(() => window.forklab.query('terminal'));
  assert.ok(terminal.lines.some((l) => l.pid === 4 && l.text === 'child : 4'), 'the child\'s line is tagged with its pid');
  await page.evaluate(() => window.forklab.select(3));
  await page.waitForTimeout(300);
  mkdirSync(shotDir, { recursive: true });
  const png = await page.screenshot();
  writeFileSync(join(shotDir, 'web-zombie.png'), png);
  assert.ok(looksDrawn(decodePng(png)));
});

test('memory: COW-shared pages right after fork, a cow_copy once the child writes', async () => {
  // Restart and pause at once (no frame runs between the two calls).
  await page.evaluate(() => { window.forklab.restart(); window.forklab.pause(); });
  // sh forks ./zombie, then zombie forks its child: each step stops just after.
  for (let i = 0; i < 2; ++i) {
    assert.equal((await page.evaluate(() => window.forklab.step('fork'))).stop, 'stopped');
  }
  const child = await page.evaluate(() => window.forklab.query('memory', 4));
  assert.ok(child.cow_shared_pages > 0, 'no COW-shared pages in the child after fork');
  const shared = child.pages.filter((p) => p.cow && p.sharers.includes(3) && p.sharers.includes(4));
  assert.ok(shared.length > 0, 'no page marked COW shared by parent and child');
  assert.deepEqual(child.cow_copies, []);
  // The child's printf writes stdio's buffers (globals): a COW fault copies.
  let copies = [];
  for (let i = 0; i < 50 && copies.length === 0; ++i) {
    await page.evaluate(() => window.forklab.step('syscall'));
    copies = (await page.evaluate(() => window.forklab.query('memory', 4))).cow_copies;
  }
  assert.ok(copies.length > 0, 'no cow_copy in the child');
  assert.equal(copies[0].kind, 'cow_copy');
  assert.notEqual(copies[0].old_frame, copies[0].new_frame);
});

test('reverse step: N steps forward then N back gives the initial state hash', async () => {
  const start = (await page.evaluate(() => window.forklab.query('state'))).hash;
  const n = 10;
  const kinds = ['instruction', 'syscall', 'instruction', 'syscall', 'fork'];
  for (let i = 0; i < n; ++i) await page.evaluate((k) => window.forklab.step(k), kinds[i % kinds.length]);
  assert.notEqual((await page.evaluate(() => window.forklab.query('state'))).hash, start);
  for (let i = 0; i < n; ++i) assert.deepEqual(await page.evaluate(() => window.forklab.stepBack()), { ok: true });
  assert.equal((await page.evaluate(() => window.forklab.query('state'))).hash, start);
});

test('signals: a signal sent through the lab arrives', async () => {
  await page.evaluate(() => window.forklab.run());
  await waitForQuery('processes', 0, (ps) => byPid(ps).get(3)?.state === 'S');
  assert.deepEqual(await page.evaluate(() => window.forklab.signal(3, 9)), { ok: true });  // SIGKILL
  await waitForQuery('processes', 0, (ps) => byPid(ps).get(3)?.state !== 'S');
  const events = await page.evaluate(() => window.forklab.query('events'));
  assert.ok(events.events.some((e) => e.kind === 'signal_delivered' && e.pid === 3 && e.sig === 9));
});

test('editor: typing with the keyboard, then Ctrl+Z undoes it', async () => {
  const windows = await page.evaluate(() => window.forklab.query('windows'));
  const editor = windows.windows.find((w) => w.id === 'editor');
  assert.ok(editor, 'no editor window');
  const before = await page.evaluate(() => window.forklab.query('editor'));
  const file = before.files[before.active];
  // Click in the text area (below the tabs and the toolbar), then type.
  // Frames are slow with software GL on a busy machine: wait for each
  // effect instead of a fixed time.
  await page.mouse.click(editor.x + editor.w / 2, editor.y + editor.h - 30);
  await waitForQuery('editor', 0, (e) => e.focused, 20000);
  await page.keyboard.type('xyz', { delay: 30 });
  const typed = await waitForQuery('editor', 0, (e) => e.files[e.active].text.includes('xyz'), 20000);
  const after = typed.files[typed.active].text;
  assert.equal(after.length, file.text.length + 3);
  // Dear ImGui 1.86 polls keys once a frame: hold Ctrl+Z over a few frames
  // (a press and release inside one slow software-GL frame would be lost).
  await page.keyboard.down('Control');
  await page.keyboard.down('z');
  await waitForQuery('editor', 0, (e) => !e.files[e.active].text.includes('xyz'), 20000);
  await page.keyboard.up('z');
  await page.keyboard.up('Control');
  await page.waitForTimeout(200);
  const undone = await page.evaluate(() => window.forklab.query('editor'));
  assert.equal(undone.files[undone.active].text, file.text);
});

test('the editor text survives a reload', async () => {
  const editor = await page.evaluate(() => window.forklab.query('editor'));
  const text = editor.files[editor.active].text;
  await page.waitForTimeout(1200);  // saved every half second
  await page.reload();
  await page.evaluate(() => window.forklab.ready);
  const again = await page.evaluate(() => window.forklab.query('editor'));
  assert.ok(again.files.some((f) => f.name === editor.files[editor.active].name && f.text === text),
            'the editor text was not restored');
});

test('schedules: a racy program under 12 seeds gives at least two outputs', async () => {
  const race = [...readFileSync(raceElf)];
  assert.deepEqual(await page.evaluate((bytes) => window.forklab.load({ race: new Uint8Array(bytes) }), race), { ok: true });
  await page.evaluate(() => window.forklab.panel('schedules', true));
  assert.deepEqual(await page.evaluate(() => window.forklab.schedules(12)), { ok: true });
  const result = await waitForQuery('schedules', 0, (s) => s.done || s.error !== '', 120000);
  assert.equal(result.error, '');
  assert.equal(result.runs, 12);
  assert.ok(result.outcomes.length >= 2, `only ${result.outcomes.length} distinct output(s)`);
  assert.equal(result.outcomes.reduce((n, o) => n + o.count, 0), 12);
});

test('no console errors', () => {
  assert.deepEqual(problems, []);
});
