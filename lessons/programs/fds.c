/* File descriptors across fork and exec: a pipe, dup2, and O_CLOEXEC. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	/* 1. A pipe: the child's stdout becomes the pipe's write end. */
	int p[2];
	pipe(p);
	pid_t writer = fork();
	if (writer == 0) {
		dup2(p[1], 1);        /* fd 1 now refers to the pipe */
		close(p[0]);
		close(p[1]);
		execlp("echo", "echo", "hello through the pipe", (char *) NULL);
		_exit(127);
	}
	close(p[1]);                  /* or read() would never see end of file */
	char buf[100];
	int n = read(p[0], buf, sizeof buf - 1);
	buf[n > 0 ? n : 0] = 0;
	printf("parent read %d bytes: %s", n, buf);
	close(p[0]);
	waitpid(writer, NULL, 0);

	/* 2. Two descriptors for one file; only one survives exec. */
	int keep = open("notes.txt", O_RDONLY);
	int drop = open("notes.txt", O_RDONLY | O_CLOEXEC);
	printf("parent: fd %d without O_CLOEXEC, fd %d with O_CLOEXEC\n", keep, drop);
	fflush(stdout);
	pid_t prober = fork();
	if (prober == 0) {
		execl("./fdprobe", "fdprobe", (char *) NULL);
		_exit(127);
	}
	waitpid(prober, NULL, 0);

	/* 3. After fork both processes share one file offset. */
	pid_t reader = fork();
	if (reader == 0) {
		char c[6];
		read(keep, c, 5);     /* moves the shared offset by 5 */
		_exit(0);
	}
	waitpid(reader, NULL, 0);
	printf("parent: offset of fd %d is now %d\n", keep, (int) lseek(keep, 0, SEEK_CUR));
	return 0;
}
