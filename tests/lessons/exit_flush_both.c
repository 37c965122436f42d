/* flush.c with _exit in both children: nothing is printed twice. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	printf("exit: ");            /* no newline: stays in the buffer */
	pid_t a = fork();
	if (a == 0)
		_exit(0);            /* now also leaves without flushing */
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
