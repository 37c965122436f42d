/* MAP_SHARED and MAP_PRIVATE after fork: who sees the child's write? */
#include <stdio.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	int *shared = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	int *private = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	*shared = 1;
	*private = 1;

	pid_t pid = fork();
	if (pid == 0) {
		*shared = 2;          /* the same page as the parent's */
		*private = 2;         /* copy-on-write: the child's own copy */
		_exit(0);
	}
	waitpid(pid, NULL, 0);
	printf("parent sees shared = %d, private = %d\n", *shared, *private);
	return 0;
}
