/* int clone(int (*fn)(void *), void *stack, int flags, void *arg,
 *           pid_t *parent_tid, void *tls, pid_t *child_tid)
 *
 * glibc's interface over the raw call clone(flags, stack, parent_tid, tls,
 * child_tid) (RISC-V's argument order). The child starts on `stack` with
 * nothing but registers, so fn and arg travel on the new stack; the child
 * calls fn(arg) and ends with exit (just that thread) with its result. */
	.option norelax
	.text
	.globl clone
	.type clone, @function
clone:
	beqz a0, 3f            /* fn and stack are required */
	beqz a1, 3f
	andi a1, a1, -16
	addi a1, a1, -16
	sw a0, 0(a1)
	sw a3, 4(a1)
	mv a0, a2
	mv a2, a4
	mv a3, a5
	mv a4, a6
	li a7, 220             /* clone */
	ecall
	beqz a0, 1f
	li t0, -4095
	bgeu a0, t0, 2f
	ret                    /* parent: the child's id */
1:	lw a1, 0(sp)           /* child: on the new stack */
	lw a0, 4(sp)
	jalr a1
	li a7, 93              /* exit */
	ecall
2:	neg a0, a0
	tail __syscall_fail
3:	li a0, 22              /* EINVAL */
	tail __syscall_fail
	.size clone, . - clone
