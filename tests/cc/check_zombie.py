#!/usr/bin/env python3
"""cc_zombie: the printed zombie.c (shared/seeds/README.md) compiles
unmodified; the only diagnostics are implicit-declaration warnings.
Headers: the include directories given after the work directory (the
guest libc's), or else the compiler test fixture (tests/cc/runtime/include);
both bring pid_t from <stdlib.h> as glibc does."""
import os
import re
import subprocess
import sys

cc, src_dir, work = sys.argv[1], sys.argv[2], sys.argv[3]
os.makedirs(work, exist_ok=True)
incs = sys.argv[4:] or [os.path.join(os.path.dirname(os.path.abspath(__file__)), 'runtime', 'include')]
flags = [x for d in incs for x in ('-isystem', d)]
p = subprocess.run([cc, '-c'] + flags + [os.path.join(src_dir, 'zombie.c'), '-o', os.path.join(work, 'zombie.o')],
                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
err = p.stderr.decode()
diags = re.findall(r'^zombie\.c:(\d+):(\d+): (\w+): (.*)$', err.replace(src_dir + '/', ''), re.M)
want = [('8', '26', 'warning', "implicit declaration of function 'getpid'"),
        ('10', '8', 'warning', "implicit declaration of function 'fork'"),
        ('14', '3', 'warning', "implicit declaration of function 'sleep'")]
if p.returncode != 0 or diags != want:
    print('exit status %d\ngot:  %s\nwant: %s\n%s' % (p.returncode, diags, want, err))
    sys.exit(1)
print('zombie.c compiles with exactly the implicit-declaration warnings')
