#!/usr/bin/env python3
"""The compiler's benchmark figures (issue 16), printed, not asserted:

1. compile speed natively: bench/cc/cc_bench (lines per second on a
   generated 10 000-line program; zombie.c per compile);
2. zombie.c compiled by the wasm build of forklab-cc under Node, process
   start-up included (wall time of `node forklab-cc.js -c zombie.c`);
3. speed of the generated code: bench/cc/workload.c built by forklab-cc
   and by clang -O0 / -O1 for riscv32, linked by our linker with the guest
   libc, run on ForkLab's machine (`forklab run`); the figure is guest
   instructions retired (deterministic), minus an empty program's.

usage: run_bench.py [--build build/native] [--wasm build/wasm-tests] [--runs N]
Parts whose inputs are missing (no wasm build, no clang) are skipped with a note.
"""
import argparse
import resource
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))


def sh(cmd, **kw):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if p.returncode != 0:
        raise RuntimeError('%s failed (%d):\n%s' % (' '.join(cmd), p.returncode, p.stderr.decode(errors='replace')))
    return p.stdout.decode(errors='replace')


def child_cpu():
    """CPU seconds (user + sys) used by finished child processes so far: on a
    shared machine wall time includes waiting for a core."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def guest_includes(build):
    return [os.path.join(ROOT, 'src', 'guest', 'include'), os.path.join(build, 'src', 'guest', 'abi-include')]


def part_native(build):
    print(sh([os.path.join(build, 'bench', 'cc', 'cc_bench')]), end='')


def part_wasm(build, wasm, runs):
    js = os.path.join(wasm, 'src', 'cc', 'forklab-cc.js')
    node = shutil.which('node')
    if not os.path.exists(js) or not node:
        print('cc_bench: wasm: skipped (no %s; build it with the wasm-tests preset, target forklab-cc)' % js)
        return
    zombie = os.path.join(ROOT, 'tests', 'guest', 'zombie.c')
    incs = [x for d in guest_includes(build) for x in ('-isystem', d)]
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, 'zombie.o')
        # (--no-experimental-fetch: this emscripten would fetch() the .wasm
        # path under Node 18+, as the wasm-tests preset's emulator notes.)
        cmd = [node, '--no-experimental-fetch', js, '-c'] + incs + [zombie, '-o', out]
        times, cpus = [], []
        for _ in range(runs):
            t0 = time.perf_counter()
            c0 = child_cpu()
            p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            times.append((time.perf_counter() - t0) * 1e3)
            cpus.append((child_cpu() - c0) * 1e3)
            if p.returncode != 0 or not os.path.exists(out):
                print('cc_bench: wasm: compile failed:\n' + p.stderr.decode(errors='replace')[-1500:])
                return
        # Node alone, to show how much of that is the runtime's own start-up.
        base, base_cpu = [], []
        for _ in range(runs):
            t0 = time.perf_counter()
            c0 = child_cpu()
            subprocess.run([node, '-e', '0'])
            base.append((time.perf_counter() - t0) * 1e3)
            base_cpu.append((child_cpu() - c0) * 1e3)
    print('cc_bench: zombie.c by wasm forklab-cc under Node, start-up included (goal <= 50 ms), over %d runs:\n'
          '  wall min %.1f ms, median %.1f ms; CPU (user+sys) min %.1f ms, median %.1f ms\n'
          '  bare `node -e 0` for scale: wall min %.1f ms, CPU min %.1f ms' %
          (runs, min(times), statistics.median(times), min(cpus), statistics.median(cpus), min(base), min(base_cpu)))


def part_code(build, runs):
    cc = os.path.join(build, 'src', 'cc', 'forklab-cc')
    forklab = os.path.join(build, 'src', 'app', 'forklab')
    crt0 = os.path.join(build, 'src', 'guest', 'crt0.o')
    libc = os.path.join(build, 'src', 'guest', 'libc.a')
    clang = shutil.which('clang')
    missing = [p for p in (cc, forklab, crt0, libc) if not os.path.exists(p)]
    if missing or not clang:
        print('cc_bench: code speed: skipped (missing %s)' % (', '.join(missing) or 'clang'))
        return
    incs = [x for d in guest_includes(build) for x in ('-isystem', d)]
    clang_flags = ['--target=riscv32', '-march=rv32ima', '-mabi=ilp32', '-mno-relax', '-nostdlib', '-nostdinc',
                   '-ffreestanding', '-fno-builtin']
    workload = os.path.join(ROOT, 'bench', 'cc', 'workload.c')
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        empty = os.path.join(tmp, 'empty.c')
        open(empty, 'w').write('int main(void) { return 0; }\n')

        def build_run(name, src, compile_cmd):
            obj = os.path.join(tmp, name + '.o')
            elf = os.path.join(tmp, name + '.elf')
            summary = os.path.join(tmp, name + '.json')
            sh(compile_cmd + [src, '-o', obj])
            sh([cc, obj, crt0, libc, '-o', elf])
            walls = []
            for _ in range(runs):
                t0 = time.perf_counter()
                out = sh([forklab, 'run', '--summary', summary, elf])
                walls.append((time.perf_counter() - t0) * 1e3)
            insns = json.load(open(summary))['instructions']
            return insns, min(walls), out

        base, _, _ = build_run('empty', empty, [clang] + clang_flags + ['-O1', '-c'] + incs)
        builds = [('forklab-cc', [cc, '-c'] + incs), ('clang -O0', [clang] + clang_flags + ['-O0', '-c'] + incs),
                  ('clang -O1', [clang] + clang_flags + ['-O1', '-c'] + incs)]
        outputs = set()
        for name, cmd in builds:
            insns, wall, out = build_run(name.replace(' ', '_'), workload, cmd)
            results[name] = (insns - base, wall)
            outputs.add(out)
    if len(outputs) != 1:
        print('cc_bench: code speed: the builds disagree on the workload output!')
    ours = results['forklab-cc'][0]
    print('cc_bench: code speed on our machine (bench/cc/workload.c, guest instructions beyond an empty program):')
    for name, (insns, wall) in results.items():
        print('  %-11s %11d instructions  %5.2fx forklab-cc  (forklab run wall %.0f ms)' %
              (name, insns, insns / ours, wall))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--build', default=os.path.join(ROOT, 'build', 'native'))
    ap.add_argument('--wasm', default=os.path.join(ROOT, 'build', 'wasm-tests'))
    ap.add_argument('--runs', type=int, default=10)
    args = ap.parse_args()
    part_native(args.build)
    part_wasm(args.build, args.wasm, args.runs)
    part_code(args.build, max(1, args.runs // 5))
    return 0


if __name__ == '__main__':
    sys.exit(main())
