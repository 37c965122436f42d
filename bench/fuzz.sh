#!/bin/sh
# Long fuzzing runs with libFuzzer (the `fuzz` preset: clang, ASan, UBSan).
#   bench/fuzz.sh [SECONDS] [fuzzer...]     (default 3600 s each; cc elf syscall diff)
# Each fuzzer starts from tests/fuzz/corpus/NAME and keeps what it finds in
# build/fuzz-corpus/NAME; crashes land in build/fuzz-crashes/NAME. Copy a
# crash into tests/fuzz/regressions/NAME/ once it is fixed: the tests
# replay that folder.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
seconds=${1:-3600}
[ $# -gt 0 ] && shift
fuzzers=${*:-cc elf syscall diff}
cd "$root"
cmake --preset fuzz >/dev/null && cmake --build build/fuzz --target $(for f in $fuzzers; do printf 'fuzz_%s ' "$f"; done) || exit 1
status=0
for f in $fuzzers; do
  mkdir -p "build/fuzz-corpus/$f" "build/fuzz-crashes/$f"
  echo "== fuzz_$f for $seconds s"
  ASAN_OPTIONS=detect_leaks=1 "build/fuzz/tests/fuzz/fuzz_$f" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="build/fuzz-crashes/$f/" \
    "build/fuzz-corpus/$f" "tests/fuzz/corpus/$f" 2>&1 | grep -E '^#|stat::|ERROR|SUMMARY|Done' | tail -n 12 || true
  n=$(ls "build/fuzz-crashes/$f" | wc -l)
  echo "fuzz_$f: $n crash/timeout/leak files"
  [ "$n" -eq 0 ] || status=1
done
exit $status
