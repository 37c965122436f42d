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

/* Flush every stdio stream (exit, and before fork-like operations that
 * should not duplicate buffers are *not* among them: see exit.c). */
void __stdio_flush_all(void);
void __stdio_init(void);

/* The environment as crt0 found it, and the auxiliary vector. */
extern char **environ;
extern unsigned long *__auxv;
unsigned long __getauxval(unsigned long type);

/* sigset helpers between sigset_t (user) and the kernel's 64 bits. */
int __fmt_double(char *buf, size_t cap, double v, int prec, char conv, int alt);

#endif
