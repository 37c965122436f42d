/* Three ways to start another program: fork+exec, vfork+exec, posix_spawn. */
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int shared = 0;      /* a global: vfork's child writes it */

int main(void)
{

	pid_t pid;

	/* vfork: the child runs in the parent's memory, on the parent's
	   stack, until it execs. The switch keeps vfork's result in a
	   register: `pid = vfork()` would leave a temporary below the stack
	   pointer in our compiler's code, which the child's calls overwrite
	   before the parent gets to use it. */
	switch (vfork()) {
	case -1:
		perror("vfork");
		return 1;
	case 0:
		shared = 42;          /* writes the parent's variable! (do not do this) */
		execl("/bin/echo", "echo", "vfork child ran echo", (char *) NULL);
		_exit(127);
	}
	printf("parent: after vfork, shared = %d\n", shared);
	wait(NULL);

	/* posix_spawn: one call, the library does the fork and exec. */
	char *argv[] = {"echo", "posix_spawn ran echo", NULL};
	int err = posix_spawn(&pid, "/bin/echo", NULL, NULL, argv, environ);
	if (err != 0)
		printf("posix_spawn failed: %d\n", err);
	waitpid(pid, NULL, 0);
	printf("parent: done\n");
	return 0;
}
