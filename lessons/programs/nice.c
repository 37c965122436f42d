/* The nice value is copied by fork and kept by exec; CPU times start at
   zero in the child, and the parent reads them once it has waited. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/times.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile int sink;

static void burn(int n)
{
	int i;
	for (i = 0; i < n; i++)
		sink += i;
}

int main(void)
{
	struct tms t;
	printf("parent: nice is %d\n", nice(0));
	nice(5);
	printf("parent: after nice(5), nice is %d\n", nice(0));
	burn(2000000);

	pid_t pid = fork();
	if (pid == 0) {
		printf("child: nice is %d\n", nice(0));
		burn(3000000);
		sleep(1);
		_exit(0);
	}
	times(&t);
	printf("parent: children's user time before wait: %d ticks\n", (int) t.tms_cutime);
	waitpid(pid, NULL, 0);
	times(&t);
	printf("parent: own user time %d ticks, children's %d ticks\n",
	       (int) t.tms_utime, (int) t.tms_cutime);
	return 0;
}
