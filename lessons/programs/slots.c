/* Where a new process goes: a free slot in the process table, and the
   next pid after the last one handed out. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static pid_t start(int seconds)
{
	pid_t pid = fork();
	if (pid == 0) {
		sleep(seconds);
		_exit(0);
	}
	return pid;
}

int main(void)
{
	pid_t a = start(1);
	pid_t b = start(3);
	pid_t c = start(3);
	printf("started %d %d %d\n", (int) a, (int) b, (int) c);
	waitpid(a, NULL, 0);          /* a's slot is free again */
	pid_t d = start(1);
	printf("after %d was reaped, the next child is %d\n", (int) a, (int) d);
	while (wait(NULL) > 0)
		;
	return 0;
}
