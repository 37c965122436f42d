/* exit() flushes stdio buffers, _exit() does not. After fork the child
   holds a copy of the parent's unflushed buffer. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	printf("exit: ");            /* no newline: stays in the buffer */
	pid_t a = fork();
	if (a == 0)
		exit(0);             /* flushes the copied buffer */
	waitpid(a, NULL, 0);
	printf("\n");
	fflush(stdout);

	printf("_exit: ");
	pid_t b = fork();
	if (b == 0)
		_exit(0);            /* leaves at once: nothing is written */
	waitpid(b, NULL, 0);
	printf("\n");
	return 0;
}
