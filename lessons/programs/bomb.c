/* A fork bomb on a leash: every process forks as often as it can, but
   RLIMIT_NPROC caps how many processes this user may have. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	struct rlimit rl;
	rl.rlim_cur = 12;
	rl.rlim_max = 12;
	if (setrlimit(RLIMIT_NPROC, &rl) != 0)
		perror("setrlimit");

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
