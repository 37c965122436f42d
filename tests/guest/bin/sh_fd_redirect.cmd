sh
-c
nosuch 2>/dev/null; echo $?; ls no-such-dir 2>&1 | wc -l; echo to-stderr >&2; echo x 2>fd-err.tmp >fd-out.tmp; cat fd-out.tmp fd-err.tmp; rm fd-out.tmp fd-err.tmp; echo both 2>&1
