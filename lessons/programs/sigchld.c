/* Reaping children without blocking: a SIGCHLD handler that calls
   waitpid(-1, ..., WNOHANG) in a loop; then SA_NOCLDWAIT, which asks the
   kernel not to keep zombies at all. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile int reaped;

static void on_chld(int sig)
{
	int status;
	pid_t pid;
	(void) sig;
	while ((pid = waitpid(-1, &status, WNOHANG)) > 0)
		reaped++;
}

int main(void)
{
	struct sigaction sa;
	int i;

	sa.sa_handler = on_chld;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESTART;
	sigaction(SIGCHLD, &sa, NULL);

	for (i = 0; i < 3; i++) {
		if (fork() == 0) {
			sleep(1 + i);
			_exit(i);
		}
	}
	printf("parent: three children started, working meanwhile\n");
	while (reaped < 3)
		sleep(1);             /* a real program would do work here */
	printf("parent: the handler reaped %d children\n", reaped);

	/* WNOHANG when no child has exited yet: returns 0 at once. */
	pid_t slow = fork();
	if (slow == 0) {
		sleep(2);
		_exit(0);
	}
	signal(SIGCHLD, SIG_DFL);
	printf("parent: waitpid(WNOHANG) on a running child returns %d\n",
	       (int) waitpid(slow, NULL, WNOHANG));
	waitpid(slow, NULL, 0);

	/* SA_NOCLDWAIT: children leave no zombie, wait finds none. */
	sa.sa_handler = SIG_DFL;
	sa.sa_flags = SA_NOCLDWAIT;
	sigaction(SIGCHLD, &sa, NULL);
	for (i = 0; i < 2; i++) {
		if (fork() == 0)
			_exit(0);
	}
	sleep(1);
	pid_t w = wait(NULL);
	printf("parent: with SA_NOCLDWAIT wait returns %d (%s)\n", (int) w,
	       w < 0 && errno == ECHILD ? "ECHILD" : "?");
	return 0;
}
