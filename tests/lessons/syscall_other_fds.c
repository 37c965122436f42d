/* syscall.c writing to fd 2, and to an open fd instead of fd 99. */
#include <errno.h>
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	long n = write(2, "hello\n", 6);      /* a7 = 64, a0 = 1, a1 = buf, a2 = 6 */
	long bad = write(1, "lost\n", 5);     /* fd 99 is not open */
	int e = errno;
	pid_t me = getpid();                  /* a7 = 172, no arguments */
	printf("write returned %ld, the bad write %ld (errno %d), getpid %d\n", n, bad, e, (int) me);
	return 0;
}
