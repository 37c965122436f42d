/* Loads and stores of every width, sign extension, misaligned access
 * across a page boundary, recursion on the stack, a big bss array. */
#include "rt.h"

static unsigned char big[3 * 4096 + 64];
struct __attribute__((packed)) Packed {
  char c;
  u32 w;
  short h;
};

static u32 fib(u32 n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(void) {
  for (u32 i = 0; i < sizeof big; ++i) big[i] = (unsigned char)(i * 131 + 7);
  u32 h = 0;
  for (u32 i = 0; i + 4 < sizeof big; i += 3) {
    volatile signed char* sc = (volatile signed char*)&big[i];
    volatile short* sh = (volatile short*)&big[i & ~1u];
    h = h * 31 + (u32)*sc + (u32)*sh;
  }
  print_hex("loads", h);
  /* A packed struct straddling the page boundary inside `big`. */
  u32 boundary = 4096 - ((u32)(unsigned long)big & 4095);
  volatile struct Packed* p = (volatile struct Packed*)&big[boundary - 3];
  p->w = 0xdeadbeef;
  p->h = -2;
  print_hex("packed_w", p->w);
  print_hex("packed_h", (u32)(i32)p->h);
  volatile u32* mis = (volatile u32*)&big[boundary - 1];
  *mis = 0x11223344;
  print_hex("mis", *mis);
  print_hex("mis_b0", big[boundary - 1]);
  print_hex("fib", fib(20));
  return 0;
}
