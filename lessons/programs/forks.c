/* Three forks in a row: every process that exists forks again. */
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void)
{
	fork();
	fork();
	fork();
	printf("hello from %d\n", (int) getpid());
	while (wait(NULL) > 0)
		;
	return 0;
}
