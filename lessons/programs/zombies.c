/* A parent that never waits: its exited children fill the process table
   until fork fails. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void)
{
	int n = 0;
	for (;;) {
		pid_t pid = fork();
		if (pid < 0) {
			printf("fork failed after %d children: %s\n", n, strerror(errno));
			break;
		}
		if (pid == 0)
			_exit(0);    /* the child ends at once and stays a zombie */
		n++;
		usleep(1000);        /* let it run and end */
	}
	sleep(1);                     /* time to look at the table */
	return 0;
}
