#include <stdio.h>
/* GNU C habits textbook code uses: typeof, statement expressions,
   case ranges, __builtin_offsetof, __builtin_expect, ?: with omitted middle. */
#define MAX(a, b) ({ __typeof__(a) _a = (a); __typeof__(b) _b = (b); _a > _b ? _a : _b; })
#define SWAP(a, b) do { typeof(a) _t = (a); (a) = (b); (b) = _t; } while (0)
struct hdr { char tag; int len; short flags; };
static int grade(int score) {
  switch (score) {
  case 90 ... 100: return 'A';
  case 80 ... 89: return 'B';
  case 70 ... 79: return 'C';
  default: return 'F';
  }
}
int main(void) {
  int calls = 0;
  int m = MAX(calls++, 5);
  printf("%d %d\n", m, calls);
  double dm = MAX(1.5, -2.0);
  printf("%.1f\n", dm);
  long long x = 1, y = 2;
  SWAP(x, y);
  printf("%lld %lld\n", x, y);
  printf("%c%c%c%c\n", grade(95), grade(85), grade(70), grade(12));
  printf("%d %d\n", (int)__builtin_offsetof(struct hdr, len), (int)__builtin_offsetof(struct hdr, flags));
  int v = 0;
  if (__builtin_expect(v == 0, 1)) printf("expected\n");
  int z = v ?: 42;
  printf("%d\n", z);
  int sum = ({ int s = 0; for (int i = 1; i <= 10; i++) s += i; s; });
  printf("%d\n", sum);
  typeof(int *) p = &sum;
  printf("%d\n", *p);
  return 0;
}
