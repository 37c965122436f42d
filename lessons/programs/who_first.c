/* Parent and child both have work to do before each line they print.
   Which line comes first is up to the scheduler. */
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile int sink;

static void work(int n)
{
	int i;
	for (i = 0; i < n; i++)
		sink += i;
}

int main(void)
{
	int i;
	pid_t pid = fork();
	const char *who = pid == 0 ? "child " : "parent";
	for (i = 1; i <= 3; i++) {
		work(20000);
		printf("%s line %d\n", who, i);
	}
	if (pid > 0)
		wait(NULL);
	return 0;
}
