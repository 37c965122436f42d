#!/bin/sh
# Run the machine benchmark natively and as wasm under Node, and measure host
# instructions per guest instruction with callgrind.
#   bench/machine/run.sh [rounds]      (default 2200 rounds, about 1 G instructions)
# Needs: a native build (cmake --preset native && cmake --build --preset native),
# emscripten (emsdk-env.sh), node; valgrind for the last figure.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
native="$root/build/native/bench/machine"
out="$root/build/bench-machine-wasm"
rounds=${1:-2200}

if [ ! -x "$native/bench_machine" ]; then
  echo "run.sh: build natively first: cmake --preset native && cmake --build --preset native" >&2
  exit 1
fi

echo "== native"
"$native/bench_machine" "$rounds"

echo "== wasm (node $(node --version), default flags)"
mkdir -p "$out"
(
  cd "$root"
  . ./emsdk-env.sh
  em++ -std=c++20 -O3 -DNDEBUG -Isrc -I"$native" \
    src/machine/*.cpp src/base/log.cpp "$here/bench_machine.cpp" \
    -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=134217728 -sENVIRONMENT=node \
    -o "$out/bench_machine.js"
)
node --no-experimental-fetch "$out/bench_machine.js" "$rounds"

if command -v valgrind >/dev/null 2>&1; then
  echo "== host instructions per guest instruction (callgrind, native)"
  # Two short runs; the difference removes start-up costs.
  ir() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$native/bench_machine" "$1" 2>&1 |
      sed -n 's/.*Collected : *\([0-9]*\).*/\1/p'
  }
  g() { "$native/bench_machine" "$1" | sed -n 's/guest instructions \([0-9]*\) .*/\1/p'; }
  i1=$(ir 10); i2=$(ir 50); g1=$(g 10); g2=$(g 50)
  awk -v i1="$i1" -v i2="$i2" -v g1="$g1" -v g2="$g2" \
    'BEGIN { printf "%.2f host instructions per guest instruction\n", (i2 - i1) / (g2 - g1) }'
fi
