/* The six exec functions: one kernel call (execve) under six ways of
   passing the program, its arguments and its environment. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static void child(int which)
{
	char *argv[] = {"echo", "via", "execv", NULL};
	char *argvp[] = {"echo", "via", "execvp", NULL};
	char *argve[] = {"env", NULL};
	char *envp[] = {"GREETING=via-execve", NULL};
	char *envl[] = {"GREETING=via-execle", NULL};
	switch (which) {
	case 0: execl("/bin/echo", "echo", "via", "execl", (char *) NULL); break;
	case 1: execlp("echo", "echo", "via", "execlp", (char *) NULL); break;
	case 2: execle("/bin/env", "env", (char *) NULL, envl); break;
	case 3: execv("/bin/echo", argv); break;
	case 4: execvp("echo", argvp); break;
	case 5: execve("/bin/env", argve, envp); break;
	}
	perror("exec");
	_exit(127);
}

int main(void)
{
	int i;
	for (i = 0; i < 6; i++) {
		fflush(stdout);
		pid_t pid = fork();
		if (pid == 0)
			child(i);
		waitpid(pid, NULL, 0);
	}
	return 0;
}
