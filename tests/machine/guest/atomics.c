/* The A extension through the compiler's atomic builtins. */
#include "rt.h"

static volatile u32 word = 10;

int main(void) {
  print_hex("fetch_add", __atomic_fetch_add(&word, 5, __ATOMIC_SEQ_CST));
  print_hex("fetch_and", __atomic_fetch_and(&word, 0xc, __ATOMIC_ACQUIRE));
  print_hex("fetch_or", __atomic_fetch_or(&word, 0x30, __ATOMIC_RELEASE));
  print_hex("fetch_xor", __atomic_fetch_xor(&word, 0xff, __ATOMIC_RELAXED));
  print_hex("exchange", __atomic_exchange_n(&word, 0xfffffff0, __ATOMIC_SEQ_CST));
  i32 v = -20;
  volatile i32* sw = (volatile i32*)&word;
  print_hex("min", (u32)__atomic_fetch_min(sw, v, __ATOMIC_SEQ_CST));
  print_hex("max", (u32)__atomic_fetch_max(sw, 7, __ATOMIC_SEQ_CST));
  print_hex("umin", __atomic_fetch_min(&word, 3u, __ATOMIC_SEQ_CST));
  print_hex("umax", __atomic_fetch_max(&word, 0x80000000u, __ATOMIC_SEQ_CST));
  u32 expected = 0x80000000u;
  int ok1 = __atomic_compare_exchange_n(&word, &expected, 77, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
  expected = 1;
  int ok2 = __atomic_compare_exchange_n(&word, &expected, 88, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
  print_hex("cas_ok", (u32)ok1);
  print_hex("cas_fail", (u32)ok2);
  print_hex("cas_seen", expected);
  print_hex("final", word);
  return 42;
}
