#!/usr/bin/env python3
"""Compiler corpus runner (tests/cc).

programs: each tests/cc/programs/*.c is compiled by forklab-cc and linked by
our linker with the test runtime, run under qemu-riscv32, and compared
(stdout and exit status) with the same program built natively by
`gcc -m32 -funsigned-char`. A program marked `// forklab-test: no-native`
is compared with its `.out` file and `// exit: N` instead.

errors: each tests/cc/errors/*.c starts with
`// expect: LINE:COL: error: MESSAGE`; the first diagnostic must match.

--chunk K --chunks N runs every N-th file starting at K (for parallel ctest).
"""
import argparse
import os
import re
import shlex
import subprocess
import sys


def run(cmd, timeout, stdin=None):
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout,
                           stdin=subprocess.DEVNULL)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return 'timeout', b'', b''


def incs(args):
    return [x for d in args.include for x in ('-I', d)]


def program_flags(src):
    """`// forklab-test: flags: -DX=1 -UY` (given to both compilers)."""
    m = re.search(r'//\s*forklab-test:\s*flags:(.*)', src)
    return shlex.split(m.group(1)) if m else []


def check_program(args, path, work):
    name = os.path.splitext(os.path.basename(path))[0]
    src = open(path, encoding='utf-8', errors='replace').read()
    flags = program_flags(src)
    elf = os.path.join(work, name + '.elf')
    rc, _, err = run([args.cc] + incs(args) + flags + [path] + args.runtime + ['-o', elf], 30)
    if rc != 0:
        return 'compile failed (%s):\n%s' % (rc, err.decode(errors='replace')[:2000])
    rc, out, err = run(args.emulator + [elf], 60)
    if 'forklab-test: no-native' in src:
        m = re.search(r'//\s*exit:\s*(\d+)', src)
        want_rc = int(m.group(1)) if m else 0
        out_file = os.path.splitext(path)[0] + '.out'
        want_out = open(out_file, 'rb').read() if os.path.exists(out_file) else b''
    else:
        native = os.path.join(work, name + '.native')
        nrc, _, nerr = run(['gcc', '-m32', '-funsigned-char', '-w', '-O0', '-fno-builtin'] + flags + ['-o', native, path, '-lm'], 60)
        if nrc != 0:
            return 'native gcc failed:\n' + nerr.decode(errors='replace')[:2000]
        want_rc, want_out, _ = run([native], 20)
    if rc != want_rc or out != want_out:
        return 'mismatch: exit %s (want %s)\n--- got ---\n%s\n--- want ---\n%s' % (
            rc, want_rc, out.decode(errors='replace')[:1500], want_out.decode(errors='replace')[:1500])
    return None


def check_error(args, path, work):
    src = open(path, encoding='utf-8', errors='replace').read()
    m = re.match(r'//\s*expect:\s*(.*)', src)
    if not m:
        return 'missing "// expect:" line'
    want = os.path.basename(path) + ':' + m.group(1).strip()
    rel = os.path.basename(path)
    rc, _, err = \
        run([args.cc, '-c'] + incs(args) + [path, '-o', os.devnull], 30)
    if rc == 'timeout':
        return 'compiler timed out'
    first = ''
    for line in err.decode(errors='replace').splitlines():
        if re.match(r'^\S+:\d+:\d+: (error|warning)', line) or line.startswith('forklab'):
            first = line
            break
    first = first.replace(os.path.dirname(path) + '/', '')
    if ': error:' in want and rc != 1:
        return 'exit status %s, want 1; first diagnostic %r' % (rc, first)
    if first != want:
        return 'first diagnostic\n  got:  %s\n  want: %s' % (first, want)
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('mode', choices=['programs', 'errors'])
    ap.add_argument('--cc', required=True)
    ap.add_argument('--include', nargs='+', required=True)
    ap.add_argument('--runtime', nargs='*', default=[])
    ap.add_argument('--dir', required=True)
    ap.add_argument('--work', required=True)
    ap.add_argument('--chunk', type=int, default=0)
    ap.add_argument('--chunks', type=int, default=1)
    ap.add_argument('--only', default=None)
    ap.add_argument('--emulator', default='qemu-riscv32',
                    help='command that runs an ELF (words split by spaces)')
    args = ap.parse_args()
    args.emulator = args.emulator.split()
    os.makedirs(args.work, exist_ok=True)
    files = sorted(f for f in os.listdir(args.dir) if f.endswith('.c'))
    if args.only:
        files = [f for f in files if args.only in f]
    files = files[args.chunk::args.chunks]
    failures = 0
    for f in files:
        path = os.path.join(args.dir, f)
        msg = (check_program if args.mode == 'programs' else check_error)(args, path, args.work)
        if msg:
            failures += 1
            print('FAIL %s: %s' % (f, msg))
        else:
            print('ok   %s' % f)
    print('%d/%d passed' % (len(files) - failures, len(files)))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
