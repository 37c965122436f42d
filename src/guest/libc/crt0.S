/* crt0: the process entry point.
 *
 * execve leaves sp pointing at argc, then argv[], NULL, envp[], NULL, auxv
 * (Linux's initial stack, abi/process.h). We hand that pointer to C and
 * never return. ra = 0 ends backtraces here. */
	.option norelax
	.text
	.globl _start
	.type _start, @function
_start:
	mv a0, sp
	li ra, 0
	andi sp, sp, -16
	call __libc_start_main
1:	j 1b
	.size _start, . - _start
