#!/bin/sh
# The machine benchmark natively and as wasm under Node, plus host
# instructions per guest instruction (callgrind; deterministic, unlike MIPS
# on a shared machine).
#   bench/machine/run.sh [rounds]      (default 2200 rounds, about 1 G instructions)
# Needs a native build (cmake --preset native && cmake --build --preset native),
# emscripten (emsdk-env.sh) and node; valgrind for the last two figures.
# Node runs with default flags except --no-experimental-fetch, which Debian's
# emscripten 3.1.6 output needs on Node >= 18 to read its .wasm file.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
native="$root/build/native/bench/machine"
out="$root/build/bench-machine-wasm"
rounds=${1:-2200}
mips() { sed -n 's/.*: \([0-9.]*\) MIPS (cpu)/\1/p'; }
guest() { sed -n 's/guest instructions \([0-9]*\) .*/\1/p'; }

if [ ! -x "$native/bench_machine" ]; then
  echo "run.sh: build natively first: cmake --preset native && cmake --build --preset native" >&2
  exit 1
fi

echo "== native"
native_out=$("$native/bench_machine" "$rounds")
echo "$native_out"

echo "== wasm (node $(node --version))"
mkdir -p "$out"
(
  cd "$root"
  . ./emsdk-env.sh
  em++ -std=c++20 -O3 -DNDEBUG -Isrc -I"$native" \
    src/machine/*.cpp src/base/log.cpp "$here/bench_machine.cpp" \
    -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=134217728 -sENVIRONMENT=node \
    -o "$out/bench_machine.js"
)
wasm_out=$(node --no-experimental-fetch "$out/bench_machine.js" "$rounds")
echo "$wasm_out"
awk -v n="$(echo "$native_out" | mips)" -v w="$(echo "$wasm_out" | mips)" \
  'BEGIN { printf "wasm / native (cpu time) = %.0f %%\n", 100 * w / n }'

if command -v valgrind >/dev/null 2>&1; then
  # Two short runs; the difference removes start-up (and V8 compile) costs.
  per_guest() {  # command... -> host instructions per guest instruction
    i1=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null --smc-check=all "$@" 20 2>&1 |
      sed -n 's/.*Collected : *\([0-9]*\).*/\1/p')
    i2=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null --smc-check=all "$@" 60 2>&1 |
      sed -n 's/.*Collected : *\([0-9]*\).*/\1/p')
    g1=$("$native/bench_machine" 20 | guest)
    g2=$("$native/bench_machine" 60 | guest)
    awk -v i1="$i1" -v i2="$i2" -v g1="$g1" -v g2="$g2" 'BEGIN { printf "%.1f\n", (i2 - i1) / (g2 - g1) }'
  }
  echo "== host instructions per guest instruction (callgrind)"
  echo "native: $(per_guest "$native/bench_machine")"
  echo "wasm (TurboFan code): $(per_guest node --no-liftoff --no-experimental-fetch --single-threaded "$out/bench_machine.js")"
fi
