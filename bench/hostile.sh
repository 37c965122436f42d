#!/bin/sh
# Runs every hostile guest (tests/guest/hostile/*.case) and prints, per
# case, how it ended, the guest instructions, the wall time and the peak
# host memory (RSS); --strict-wall fails a case over 10 s of wall time.
#   bench/hostile.sh
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
dir="$root/build/native/tests/guest/hostile"
if [ ! -x "$dir/hostile_run" ]; then
  echo "hostile.sh: build first: cmake --build --preset native --target hostile_run" >&2
  exit 1
fi
failed=0
for case in "$root"/tests/guest/hostile/*.case; do
  if out=$("$dir/hostile_run" --strict-wall "$case" "$dir/bin"); then
    echo "$out" | tail -n 1
  else
    echo "$out" | grep FAIL
    echo "$out" | tail -n 1
    failed=$((failed + 1))
  fi
done
echo "hostile cases failed: $failed"
[ "$failed" -eq 0 ]
