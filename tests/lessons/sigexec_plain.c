/* sigexec.c with no signal settings at all: nothing to inherit. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static void on_usr1(int sig)
{
	printf("pid %d: handler caught signal %d\n", (int) getpid(), sig);
}

int main(void)
{
	(void) on_usr1;

	pid_t pid = fork();
	if (pid == 0) {
		fflush(stdout);
		execl("./sigprobe", "sigprobe", (char *) NULL);
		_exit(127);
	}
	int status;
	waitpid(pid, &status, 0);
	if (WIFSIGNALED(status))
		printf("parent: child %d was killed by signal %d\n", (int) pid, WTERMSIG(status));
	else
		printf("parent: child %d exited with %d\n", (int) pid, WEXITSTATUS(status));
	return 0;
}
