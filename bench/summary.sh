#!/bin/sh
# Every benchmark figure in one run (SPEC §9): the machine (native and wasm
# MIPS, host instructions per guest instruction), the kernel (fork cost with
# and without COW), the compiler, and the hostile guests' instructions,
# wall time and peak host memory. Figures the repo cannot measure yet (UI
# frame time with 1000 processes, page ready time and gzip size, compile
# time in wasm) are listed as such rather than left out silently.
#   bench/summary.sh [--quick]
# Needs a native build (cmake --preset native && cmake --build --preset native);
# the wasm figures need emscripten and node (bench/machine/run.sh).
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
b="$root/build/native"
quick=${1:-}

section() { printf '\n== %s\n' "$1"; }
run_or_say() {  # run_or_say BINARY ARGS...: runs it, or says how to build it
  if [ -x "$1" ]; then "$@"; else echo "(not built: $1; cmake --build --preset native)"; fi
}

section "machine (bench/machine/run.sh)"
if [ "$quick" = "--quick" ]; then
  run_or_say "$b/bench/machine/bench_machine" 200
else
  sh "$here/machine/run.sh"
fi

section "kernel: fork cost (bench/kernel/fork_bench)"
run_or_say "$b/bench/kernel/fork_bench"

section "compiler (bench/cc/cc_bench)"
run_or_say "$b/bench/cc/cc_bench"

section "hostile guests (bench/hostile.sh)"
sh "$here/hostile.sh"

section "not measured here yet"
echo "UI frame time with 1000 processes, page ready time and gzip size, compile time of zombie.c in wasm"
