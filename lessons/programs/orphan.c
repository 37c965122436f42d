/* An orphan: the parent exits at once, the child lives on. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(void)
{
	pid_t pid = fork();
	if (pid == 0) {
		printf("child %d: my parent is %d\n", (int) getpid(), (int) getppid());
		sleep(1);
		printf("child %d: my parent is now %d\n", (int) getpid(), (int) getppid());
		exit(0);
	}
	printf("parent %d: leaving child %d behind\n", (int) getpid(), (int) pid);
	return 0;
}
