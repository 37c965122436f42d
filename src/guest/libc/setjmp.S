/* setjmp/longjmp: save and restore the callee-saved state of the RV32 ilp32
 * ABI (ra, sp, s0..s11) in jmp_buf[0..13]. No FPU registers: our harts have
 * none. sigsetjmp also records the signal mask (in C, __sigsetjmp_tail). */
	.option norelax
	.text

/* Store ra, sp, s0..s11 into the buffer at a0. */
.macro save_registers
	sw ra, 0(a0)
	sw sp, 4(a0)
	sw s0, 8(a0)
	sw s1, 12(a0)
	sw s2, 16(a0)
	sw s3, 20(a0)
	sw s4, 24(a0)
	sw s5, 28(a0)
	sw s6, 32(a0)
	sw s7, 36(a0)
	sw s8, 40(a0)
	sw s9, 44(a0)
	sw s10, 48(a0)
	sw s11, 52(a0)
.endm

	.globl setjmp
	.globl _setjmp
	.type setjmp, @function
	.type _setjmp, @function
setjmp:
_setjmp:
	save_registers
	li a0, 0
	ret

	.globl longjmp
	.globl _longjmp
	.type longjmp, @function
	.type _longjmp, @function
longjmp:
_longjmp:
	lw ra, 0(a0)
	lw sp, 4(a0)
	lw s0, 8(a0)
	lw s1, 12(a0)
	lw s2, 16(a0)
	lw s3, 20(a0)
	lw s4, 24(a0)
	lw s5, 28(a0)
	lw s6, 32(a0)
	lw s7, 36(a0)
	lw s8, 40(a0)
	lw s9, 44(a0)
	lw s10, 48(a0)
	lw s11, 52(a0)
	seqz a0, a1            /* longjmp(env, 0) returns 1 */
	add a0, a0, a1
	ret

/* int sigsetjmp(sigjmp_buf env, int savemask): save registers as setjmp
 * does (ra is still our caller's), then let C store the mask; its return
 * value (0) is ours. */
	.globl sigsetjmp
	.type sigsetjmp, @function
sigsetjmp:
	save_registers
	tail __sigsetjmp_tail
