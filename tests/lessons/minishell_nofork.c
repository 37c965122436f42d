/* minishell without fork: exec replaces the shell itself, so nothing
   after the first command runs. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static void run(char *argv[])
{
	execvp(argv[0], argv);
	perror(argv[0]);
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
