/* The exit status travels from the child's exit() to the parent's waitpid(). */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	pid_t pid = fork();
	if (pid == 0) {
		sleep(1);
		printf("child: calling exit(42)\n");
		exit(42);
	}
	int status;
	pid_t got = waitpid(pid, &status, 0);
	printf("parent: waitpid returned %d, status word %d\n", (int) got, status);
	if (WIFEXITED(status))
		printf("parent: WEXITSTATUS = %d\n", WEXITSTATUS(status));
	return 0;
}
