/* zombie.c with the one change that makes the zombie go away: the parent
   waits for its child, so the child is reaped instead of staying in Z. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	pid_t pid;

	printf("parent : %d\n", getpid());

	pid = fork();

	if (pid == 0) {
		printf("child : %d\n", getpid());
		sleep(2);
		printf("child exit\n");
		exit(1);
	}

	wait(NULL);
	while (1)
	{
		sleep(1);
	}
}
