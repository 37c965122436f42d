/* Three system calls seen from the kernel's side. */
#include <errno.h>
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	long n = write(1, "hello\n", 6);      /* a7 = 64, a0 = 1, a1 = buf, a2 = 6 */
	long bad = write(99, "lost\n", 5);    /* fd 99 is not open */
	int e = errno;
	pid_t me = getpid();                  /* a7 = 172, no arguments */
	printf("write returned %ld, the bad write %ld (errno %d), getpid %d\n", n, bad, e, (int) me);
	return 0;
}
