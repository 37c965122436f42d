#ifndef _SCHED_H
#define _SCHED_H
#include <bits/types.h>
#include <abi/process.h>
#define CLONE_VM ABI_CLONE_VM
#define CLONE_FS ABI_CLONE_FS
#define CLONE_FILES ABI_CLONE_FILES
#define CLONE_SIGHAND ABI_CLONE_SIGHAND
#define CLONE_VFORK ABI_CLONE_VFORK
#define CLONE_PARENT ABI_CLONE_PARENT
#define CLONE_THREAD ABI_CLONE_THREAD
#define CLONE_SYSVSEM ABI_CLONE_SYSVSEM
#define CLONE_SETTLS ABI_CLONE_SETTLS
#define CLONE_PARENT_SETTID ABI_CLONE_PARENT_SETTID
#define CLONE_CHILD_CLEARTID ABI_CLONE_CHILD_CLEARTID
#define CLONE_CHILD_SETTID ABI_CLONE_CHILD_SETTID
int sched_yield(void);
/* glibc's clone: the child runs fn(arg) on `stack` (which must be given)
 * and exits with its result. Optional: pid_t *parent_tid, void *tls,
 * pid_t *child_tid. */
int clone(int (*fn)(void *), void *stack, int flags, void *arg, ...);
#endif
