/* The only way into the kernel: ecall with the number in a7, arguments in
 * a0..a5, result (or -errno) back in a0. long __syscallN(long number, ...)
 * shifts the arguments down by one register. Our own cc will replace these
 * with __builtin_syscall. */
	.option norelax
	.text

	.globl __syscall0
	.type __syscall0, @function
__syscall0:
	mv a7, a0
	ecall
	ret

	.globl __syscall1
	.type __syscall1, @function
__syscall1:
	mv a7, a0
	mv a0, a1
	ecall
	ret

	.globl __syscall2
	.type __syscall2, @function
__syscall2:
	mv a7, a0
	mv a0, a1
	mv a1, a2
	ecall
	ret

	.globl __syscall3
	.type __syscall3, @function
__syscall3:
	mv a7, a0
	mv a0, a1
	mv a1, a2
	mv a2, a3
	ecall
	ret

	.globl __syscall4
	.type __syscall4, @function
__syscall4:
	mv a7, a0
	mv a0, a1
	mv a1, a2
	mv a2, a3
	mv a3, a4
	ecall
	ret

	.globl __syscall5
	.type __syscall5, @function
__syscall5:
	mv a7, a0
	mv a0, a1
	mv a1, a2
	mv a2, a3
	mv a3, a4
	mv a4, a5
	ecall
	ret

	.globl __syscall6
	.type __syscall6, @function
__syscall6:
	mv a7, a0
	mv a0, a1
	mv a1, a2
	mv a2, a3
	mv a3, a4
	mv a4, a5
	mv a5, a6
	ecall
	ret

/* pid_t vfork(void): the child runs on the parent's stack until it execs or
 * exits, so vfork must not have a stack frame: a C wrapper's saved ra would
 * be overwritten by the child's later calls, and the parent would return
 * through it. On error tail-call __syscall_fail(-result) to set errno. */
	.globl vfork
	.type vfork, @function
vfork:
	li a0, 0x4111          /* CLONE_VM | CLONE_VFORK | SIGCHLD */
	li a1, 0
	li a2, 0
	li a3, 0
	li a4, 0
	li a7, 220             /* clone */
	ecall
	li t0, -4095
	bgeu a0, t0, 1f
	ret
1:	neg a0, a0
	tail __syscall_fail

/* Atomics for locks (pthread.c, lock.c), with the A extension, so that the
 * C code needs no compiler builtins. */

/* int __atomic_cas32(int *p, int expected, int desired): returns the old
 * value; the store happened if it equals expected. */
	.globl __atomic_cas32
	.type __atomic_cas32, @function
__atomic_cas32:
1:	lr.w.aqrl t0, (a0)
	bne t0, a1, 2f
	sc.w.aqrl t1, a2, (a0)
	bnez t1, 1b
2:	mv a0, t0
	ret

/* int __atomic_swap32(int *p, int v): returns the old value. */
	.globl __atomic_swap32
	.type __atomic_swap32, @function
__atomic_swap32:
	amoswap.w.aqrl a0, a1, (a0)
	ret

/* int __atomic_add32(int *p, int v): returns the old value. */
	.globl __atomic_add32
	.type __atomic_add32, @function
__atomic_add32:
	amoadd.w.aqrl a0, a1, (a0)
	ret

/* void *__get_tp(void): the thread pointer (the current struct pthread,
 * or 0 in the main thread). */
	.globl __get_tp
	.type __get_tp, @function
__get_tp:
	mv a0, tp
	ret
