# Test fixture: process entry as the Linux RISC-V ABI sets it up
# (sp -> argc, argv[], NULL, envp[]).
  .option norelax
  .text
  .globl _start
_start:
  lw a0, 0(sp)
  addi a1, sp, 4
  andi sp, sp, -16
  call main
  call exit
