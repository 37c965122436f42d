/* Run by fds after exec: which of fds 3 and 4 are still open? */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	int fd;
	for (fd = 3; fd <= 4; fd++) {
		if (fcntl(fd, F_GETFD) < 0)
			printf("fdprobe: fd %d is closed\n", fd);
		else
			printf("fdprobe: fd %d is open\n", fd);
	}
	return 0;
}
