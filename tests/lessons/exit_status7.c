/* status.c with exit(7) instead of exit(42). */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	pid_t pid = fork();
	if (pid == 0) {
		sleep(1);
		printf("child: calling exit(7)\n");
		exit(7);
	}
	int status;
	pid_t got = waitpid(pid, &status, 0);
	printf("parent: waitpid returned %d, status word %d\n", (int) got, status);
	if (WIFEXITED(status))
		printf("parent: WEXITSTATUS = %d\n", WEXITSTATUS(status));
	return 0;
}
