/* Copy-on-write: fork shares pages; the first write to a shared page
   copies just that page. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#define PAGES 64
static char big[PAGES * 4096];

int main(void)
{
	int i;
	for (i = 0; i < PAGES; i++)
		big[i * 4096] = 1;   /* every page of big is now resident */
	printf("big: %d pages at %p\n", PAGES, (void *) big);

	/* A child that writes one byte of big, then leaves with _exit. */
	pid_t a = fork();
	if (a == 0) {
		big[5 * 4096] = 2;
		_exit(0);
	}
	waitpid(a, NULL, 0);

	/* A child that runs another program at once, as a shell does. */
	pid_t b = fork();
	if (b == 0) {
		execl("/bin/true", "true", (char *) NULL);
		_exit(127);
	}
	waitpid(b, NULL, 0);

	/* The parent writes every page again. */
	for (i = 0; i < PAGES; i++)
		big[i * 4096] = 3;
	printf("parent: done\n");
	return 0;
}
