/* Integer arithmetic edge cases: M extension, shifts, comparisons. */
#include "rt.h"

static const u32 values[] = {0, 1, 2, 3, 7, 0x7fffffff, 0x80000000, 0x80000001,
                             0xffffffff, 0xfffffffe, 0x12345678, 0x9abcdef0, 100, 0xffff8000};
#define N (sizeof values / sizeof values[0])

/* volatile defeats constant folding so the instructions really run. */
static volatile u32 sink;

int main(void) {
  u32 h = 0;
  for (u32 i = 0; i < N; ++i)
    for (u32 j = 0; j < N; ++j) {
      volatile u32 a = values[i], b = values[j];
      u32 r[16];
      r[0] = a * b;
      r[1] = (u32)(((i64)(i32)a * (i64)(i32)b) >> 32);
      r[2] = (u32)(((u64)a * (u64)b) >> 32);
      r[3] = (u32)(((i64)(i32)a * (i64)(u64)b) >> 32);
      r[4] = b ? a / b : 0;
      r[5] = b ? a % b : 0;
      r[6] = (b && !(a == 0x80000000 && b == 0xffffffff)) ? (u32)((i32)a / (i32)b) : 0;
      r[7] = (b && !(a == 0x80000000 && b == 0xffffffff)) ? (u32)((i32)a % (i32)b) : 0;
      r[8] = a << (b & 31);
      r[9] = a >> (b & 31);
      r[10] = (u32)((i32)a >> (b & 31));
      r[11] = (i32)a < (i32)b;
      r[12] = a < b;
      r[13] = a - b;
      r[14] = a ^ (b | 0x10);
      r[15] = a & ~b;
      for (int k = 0; k < 16; ++k) h = (h ^ r[k]) * 0x01000193u;
    }
  print_hex("hash", h);
  /* Raw division instructions with the edge cases C leaves undefined. */
  u32 q, rr;
  volatile u32 x = 0x80000000, m1 = 0xffffffff, z = 0;
  __asm__ volatile("div %0, %1, %2" : "=r"(q) : "r"(x), "r"(m1));
  __asm__ volatile("rem %0, %1, %2" : "=r"(rr) : "r"(x), "r"(m1));
  print_hex("div_min_m1", q);
  print_hex("rem_min_m1", rr);
  __asm__ volatile("div %0, %1, %2" : "=r"(q) : "r"(x), "r"(z));
  __asm__ volatile("remu %0, %1, %2" : "=r"(rr) : "r"(x), "r"(z));
  print_hex("div_by_0", q);
  print_hex("remu_by_0", rr);
  sink = h;
  return 0;
}
