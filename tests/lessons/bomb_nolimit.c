/* bomb.c without its RLIMIT_NPROC: only the process table stops it. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	int i;
	for (i = 0; i < 8; i++) {     /* 2^8 = 256 processes without a limit */
		if (fork() < 0) {
			printf("pid %d: fork failed: %s\n", (int) getpid(), strerror(errno));
			break;
		}
	}
	while (wait(NULL) > 0)
		;
	return 0;
}
