#ifndef _SETJMP_H
#define _SETJMP_H
/* ra, sp, s0..s11: 14 words (RV32, no FPU). sigjmp_buf adds the saved
 * signal mask. */
typedef unsigned long jmp_buf[14];
typedef unsigned long sigjmp_buf[14 + 4];
int setjmp(jmp_buf env);
void longjmp(jmp_buf env, int val);
int _setjmp(jmp_buf env);
void _longjmp(jmp_buf env, int val);
int sigsetjmp(sigjmp_buf env, int savemask);
void siglongjmp(sigjmp_buf env, int val);
#endif
