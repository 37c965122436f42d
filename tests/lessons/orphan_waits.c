/* orphan.c with the parent waiting: the child is never orphaned. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
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
	printf("parent %d: waiting for child %d\n", (int) getpid(), (int) pid);
	waitpid(pid, NULL, 0);
	return 0;
}
