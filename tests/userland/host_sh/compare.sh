#!/bin/sh
# Golden shell tests (issue 14): each line of CASES is one command line, run
# by our /bin/sh on our kernel (`forklab sh -c LINE`) and by the host's
# /bin/sh -c LINE in an empty directory; stdout and the exit status must be
# the same. Only portable command lines belong in CASES: the programs they
# use exist in both /bin's (echo cat grep wc head tail yes sleep kill true
# false sh ls), and nothing depends on pids or the host's files.
#   compare.sh FORKLAB CASES
forklab=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") cases=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0 n=0
while IFS= read -r line; do
  case $line in '' | '#'*) continue ;; esac
  n=$((n + 1))
  mkdir "$work/host" "$work/guest"
  (cd "$work/host" && /bin/sh -c "$line" >"$work/host.out" 2>/dev/null </dev/null)
  host_status=$?
  (cd "$work/guest" && "$forklab" sh --max-insns 2000000000 -c "$line" >"$work/guest.out" 2>/dev/null </dev/null)
  guest_status=$?
  if ! cmp -s "$work/host.out" "$work/guest.out" || [ "$host_status" != "$guest_status" ]; then
    failed=$((failed + 1))
    echo "DIFFERS: $line"
    echo "  host /bin/sh (status $host_status):"
    sed 's/^/    | /' "$work/host.out"
    echo "  forklab sh (status $guest_status):"
    sed 's/^/    | /' "$work/guest.out"
  fi
  rm -rf "$work/host" "$work/guest"
done <"$cases"
echo "$n command lines, $failed differ from the host's /bin/sh"
[ "$failed" = 0 ]
