/* hello_fork with a second fork(): four processes, five lines. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	printf("hello (pid:%d)\n", (int) getpid());
	int rc = fork();
	fork();
	if (rc == 0)
		printf("child: fork returned %d, my pid is %d\n", rc, (int) getpid());
	else
		printf("parent: fork returned %d, my pid is %d\n", rc, (int) getpid());
	while (wait(NULL) > 0)
		;
	return 0;
}
