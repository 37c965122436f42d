// Native smoke test: forklab-desktop opens its window (under xvfb-run),
// renders frames, saves a screenshot, exits 0; the screenshot is not blank.
// Then the printed zombie.c runs in it and the app's --query (the native
// twin of the page's forklab.query) shows the parent asleep and the child a
// zombie, with the fork return labels.
//   node tests/smoke/desktop_smoke.mjs FORKLAB_DESKTOP SCREENSHOT_DIR ZOMBIE_C [ZOMBIE_ELF]
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePng, describeImage, looksDrawn } from '../e2e/png.mjs';

const [desktop, shotDir = 'build/screenshots', zombieSource, zombieElf] = process.argv.slice(2);

function runDesktop(args) {
  const run = spawnSync('xvfb-run', ['-a', '-s', '-screen 0 1280x720x24', desktop, ...args],
                        { encoding: 'utf8', timeout: 120000 });
  assert.equal(run.error, undefined, String(run.error));
  assert.equal(run.status, 0, run.stderr);
  return run;
}

test('the desktop app draws its window under Xvfb', () => {
  mkdirSync(shotDir, { recursive: true });
  const shot = join(shotDir, 'native.png');
  runDesktop(['--frames', '30', '--screenshot', shot]);
  const image = decodePng(readFileSync(shot));
  console.log('# screenshot', JSON.stringify(describeImage(image)));
  assert.equal(image.width, 1280);
  assert.equal(image.height, 720);
  assert.ok(looksDrawn(image), 'the screenshot looks blank');
});

const everyQuery = ['memory:3', 'fds:3', 'signals:3', 'cpu:3', 'events', 'frames', 'terminal', 'state', 'build',
                    'files', 'editor', 'windows', 'selection', 'schedules'];

test('zombie.c in the desktop app: parent S, child Z, fork labels', { skip: !zombieElf && 'no guest toolchain' }, () => {
  const shot = join(shotDir, 'native-zombie.png');
  // Frames run in (virtual) real time: 400 frames at Xvfb's pace pass the
  // child's sleep(2) whatever the host's speed, as the speed is capped at
  // 0.1 s of virtual time per frame.
  const run = runDesktop(['--frames', '400', '--screenshot', shot, '--load', zombieElf, '--load', zombieSource,
                          '--run', '--select', '3', '--speed', '100', '--query', 'processes', '--query', 'tree',
                          ...everyQuery.flatMap((q) => ['--query', q])]);
  // Every answer is one line of valid JSON.
  const [ps, tree, ...others] = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
  assert.equal(others.length, everyQuery.length);
  const memory = others[0];
  assert.equal(memory.pid, 3);
  assert.ok(memory.regions.length >= 3 && memory.pages.length > 0);
  const byPid = new Map(ps.processes.map((p) => [p.pid, p]));
  assert.equal(byPid.get(3)?.command, './zombie');
  assert.equal(byPid.get(3)?.state, 'S');
  assert.equal(byPid.get(4)?.state, 'Z');
  assert.equal(byPid.get(4)?.fork_label_parent, 'fork() = 4');
  assert.equal(byPid.get(4)?.fork_label_child, 'fork() = 0');
  const zombieNode = tree.roots[0].children[0].children[0];
  assert.equal(zombieNode.pid, 3);
  assert.equal(zombieNode.children[0].fork_return_in_parent, 4);
  assert.ok(looksDrawn(decodePng(readFileSync(shot))), 'the screenshot looks blank');
});
