sh
-c
nosuch 2>/dev/null; echo $?; ls no-such-dir 2>&1 | wc -l; echo to-stderr >&2; echo x 2>err.tmp >out.tmp; cat out.tmp err.tmp; rm out.tmp err.tmp; echo both 2>&1
