/* Overcommit: asking for memory succeeds; using it is what costs. When
   the machine runs out of page frames, the OOM killer picks a victim. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#define MIB (1024 * 1024)

int main(void)
{
	int size = 24 * MIB;          /* more than this machine's free memory */
	char *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED) {
		printf("mmap failed\n");
		return 1;
	}
	printf("mmap of %d MiB succeeded; touching it page by page\n", size / MIB);
	fflush(stdout);
	int i;
	for (i = 0; i < size; i += 4096) {
		p[i] = 1;             /* the first write maps a real page */
		if (i % (4 * MIB) == 0)
			printf("touched %d MiB\n", i / MIB);
	}
	printf("touched all of it\n");
	return 0;
}
