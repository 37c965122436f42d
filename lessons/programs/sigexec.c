/* What a child keeps of its parent's signal settings, before and after exec. */
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
	signal(SIGUSR1, on_usr1);     /* a handler */
	signal(SIGINT, SIG_IGN);      /* ignored */
	sigset_t block;
	sigemptyset(&block);
	sigaddset(&block, SIGUSR2);
	sigprocmask(SIG_BLOCK, &block, NULL);   /* blocked */

	pid_t pid = fork();
	if (pid == 0) {
		raise(SIGUSR1);       /* the copied handler runs */
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
