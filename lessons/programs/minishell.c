/* The heart of every shell: fork, exec in the child, wait in the parent. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static void run(char *argv[])
{
	pid_t pid = fork();
	if (pid < 0) {
		perror("fork");
		return;
	}
	if (pid == 0) {
		execvp(argv[0], argv);
		/* only reached when exec failed */
		perror(argv[0]);
		_exit(127);
	}
	int status;
	waitpid(pid, &status, 0);
	if (WIFEXITED(status))
		printf("minishell: %s exited with %d\n", argv[0], WEXITSTATUS(status));
	else
		printf("minishell: %s killed by signal %d\n", argv[0], WTERMSIG(status));
}

int main(void)
{
	char *echo[] = {"echo", "hello", "from", "echo", NULL};
	char *f[] = {"false", NULL};
	char *missing[] = {"no-such-program", NULL};
	run(echo);
	run(f);
	run(missing);
	return 0;
}
