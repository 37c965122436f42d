/* Self-modifying code: patch an instruction, fence.i, run it again.
 * Linked with -Wl,-N so the text segment is writable. */
#include "rt.h"

__attribute__((noinline, aligned(16))) static u32 answer(void) {
  u32 r;
  __asm__ volatile("li %0, 1" : "=r"(r));
  return r;
}

int main(void) {
  print_hex("before", answer());
  volatile u32* insn = (volatile u32*)(void*)answer;
  for (int i = 0; i < 8; ++i) {
    if ((insn[i] & 0xFFF0007F) == 0x00100013) { /* addi rd, x0, 1 */
      insn[i] = (insn[i] & ~0xFFF00000u) | (42u << 20);
      break;
    }
  }
  __asm__ volatile("fence.i" ::: "memory");
  print_hex("after", answer());
  return 0;
}
