/* Private to the guest libc: the system call stubs (syscall.S) and helpers
 * shared between libc files. */
#ifndef FORKLAB_LIBC_INTERNAL_H
#define FORKLAB_LIBC_INTERNAL_H

#include <abi/abi.h>
#include <stddef.h>

long __syscall0(long n);
long __syscall1(long n, long a);
long __syscall2(long n, long a, long b);
long __syscall3(long n, long a, long b, long c);
long __syscall4(long n, long a, long b, long c, long d);
long __syscall5(long n, long a, long b, long c, long d, long e);
long __syscall6(long n, long a, long b, long c, long d, long e, long f);

/* Sets errno = err and returns -1. */
long __syscall_fail(long err);

/* The kernel returns -errno in -4095..-1; everything else is a result.
 * Turns that into the C convention (-1 and errno). */
long __syscall_ret(unsigned long r);

#define SYS(name) ABI_SYS_##name

/* Write out every stream's pending output (exit calls it; fork does not,
 * which is the point of the double-flush lesson). */
void __stdio_flush_all(void);

/* The environment as crt0 found it, and the auxiliary vector. */
extern char **environ;
extern unsigned long *__auxv;
unsigned long __getauxval(unsigned long type);

/* The lock around malloc and stdio (lock.c): free until the first thread
 * is created, then recursive. */
extern int __libc_threads;
void __libc_lock(void);
void __libc_unlock(void);

struct abi_rusage;
long __wait4_via_waitid(int pid, int *status, int options, struct abi_rusage *kru);

/* printf's %f/%e/%g body (printf.c). */
int __fmt_double(char *buf, size_t cap, double v, int prec, char conv, int alt);

#endif
