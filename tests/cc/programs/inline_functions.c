#include <stdio.h>
/* static inline helpers (as headers define them), inline functions taking
   and returning structs, and inline used through a function pointer. */
struct span { int lo, hi; };
static inline int len(struct span s) { return s.hi - s.lo; }
static inline struct span merge(struct span a, struct span b) { return (struct span){ a.lo < b.lo ? a.lo : b.lo, a.hi > b.hi ? a.hi : b.hi }; }
static inline int clamp(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }
inline static unsigned rotl8(unsigned char v, int k) { return (unsigned char)(v << k | v >> (8 - k)); }
int main(void) {
  struct span a = { 3, 9 }, b = { -2, 5 };
  struct span m = merge(a, b);
  printf("%d %d %d\n", m.lo, m.hi, len(m));
  int (*f)(int, int, int) = clamp;
  printf("%d %d %d\n", f(5, 0, 3), clamp(-5, 0, 3), clamp(2, 0, 3));
  printf("%u %u\n", rotl8(0x81, 1), rotl8(0x0f, 4));
  return 0;
}
