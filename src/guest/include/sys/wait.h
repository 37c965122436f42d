#ifndef _SYS_WAIT_H
#define _SYS_WAIT_H
#include <bits/types.h>
#include <signal.h>
#include <abi/process.h>

#define WNOHANG ABI_WNOHANG
#define WUNTRACED ABI_WUNTRACED
#define WSTOPPED ABI_WSTOPPED
#define WEXITED ABI_WEXITED
#define WCONTINUED ABI_WCONTINUED
#define WNOWAIT ABI_WNOWAIT
#define __WALL ABI_WALL
#define __WCLONE ABI_WCLONE

/* The status word: see ABI_W_EXITCODE in abi/process.h. */
#define WEXITSTATUS(s) (((s) >> 8) & 0xff)
#define WTERMSIG(s) ((s) & 0x7f)
#define WSTOPSIG(s) WEXITSTATUS(s)
#define WIFEXITED(s) (WTERMSIG(s) == 0)
#define WIFSIGNALED(s) (((s) & 0xffff) - 1U < 0xffu)
#define WIFSTOPPED(s) (((s) & 0xff) == 0x7f && ((s) & 0xffff) != 0xffff ? 1 : 0)
#define WIFCONTINUED(s) ((s) == 0xffff)
#define WCOREDUMP(s) ((s) & 0x80)

typedef enum { P_ALL = ABI_P_ALL, P_PID = ABI_P_PID, P_PGID = ABI_P_PGID } idtype_t;

struct rusage;
pid_t wait(int *status);
pid_t waitpid(pid_t pid, int *status, int options);
pid_t wait3(int *status, int options, struct rusage *ru);
pid_t wait4(pid_t pid, int *status, int options, struct rusage *ru);
int waitid(idtype_t type, id_t id, siginfo_t *info, int options);
#endif
