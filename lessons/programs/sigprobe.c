/* Run after exec: what became of the signal settings? */
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	struct sigaction sa;
	sigset_t mask;
	sigaction(SIGINT, NULL, &sa);
	printf("sigprobe: SIGINT is %s\n", sa.sa_handler == SIG_IGN ? "ignored" : "default");
	sigprocmask(SIG_BLOCK, NULL, &mask);
	printf("sigprobe: SIGUSR2 is %s\n", sigismember(&mask, SIGUSR2) ? "blocked" : "not blocked");
	sigaction(SIGUSR1, NULL, &sa);
	printf("sigprobe: SIGUSR1 is %s\n", sa.sa_handler == SIG_DFL ? "default" : "handled");
	fflush(stdout);
	raise(SIGINT);                /* ignored: nothing happens */
	raise(SIGUSR1);               /* default action: terminate */
	printf("sigprobe: still alive\n");
	return 0;
}
