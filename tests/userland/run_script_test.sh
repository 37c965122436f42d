#!/bin/sh
# Runs a guest shell script on ForkLab's kernel and checks its stdout and
# exit status (ctest helper; see CMakeLists.txt).
#   run_script_test.sh FORKLAB GUEST_SH SCRIPT EXPECTED_OUT EXPECTED_STATUS
forklab=$1 guest_sh=$2 script=$3 expected=$4 want_status=$5
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
"$forklab" run --max-insns 2000000000 "$guest_sh" -c "$(cat "$script")" >"$actual"
status=$?
if ! cmp -s "$actual" "$expected"; then
  echo "stdout differs from $expected:"
  diff -u "$expected" "$actual"
  exit 1
fi
if [ "$status" != "$want_status" ]; then
  echo "exit status $status, expected $want_status"
  exit 1
fi
