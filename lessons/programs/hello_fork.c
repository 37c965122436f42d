/* hello-fork: one process prints, forks, and then two processes print. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	printf("hello (pid:%d)\n", (int) getpid());
	int rc = fork();
	if (rc < 0) {
		fprintf(stderr, "fork failed\n");
		exit(1);
	} else if (rc == 0) {
		printf("child: fork returned %d, my pid is %d\n", rc, (int) getpid());
	} else {
		printf("parent: fork returned %d, my pid is %d\n", rc, (int) getpid());
		wait(NULL);   /* stay until the child is done */
	}
	return 0;
}
