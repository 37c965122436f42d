#include <stdio.h>
/* switch: fall-through, default in the middle, nested switch, case on
   char and negative values, Duff's device. */
static int classify(int c) {
  switch (c) {
  case 'a': case 'e': case 'i': case 'o': case 'u': return 1;
  default: if (c >= 'a' && c <= 'z') return 2;
  /* fall through */
  case ' ': return 3;
  case -1: return -1;
  }
}
static void copy(char *to, const char *from, int count) {
  int n = (count + 7) / 8;
  switch (count % 8) {
  case 0: do { *to++ = *from++;
  case 7: *to++ = *from++;
  case 6: *to++ = *from++;
  case 5: *to++ = *from++;
  case 4: *to++ = *from++;
  case 3: *to++ = *from++;
  case 2: *to++ = *from++;
  case 1: *to++ = *from++;
          } while (--n > 0);
  }
}
int main(void) {
  const char *s = "hello world!";
  for (const char *p = s; *p; p++) printf("%d", classify(*p));
  printf(" %d\n", classify(-1));
  int acc = 0;
  for (int i = 0; i < 6; i++) {
    switch (i) {
    case 0: acc += 1;
    case 1: acc += 10; break;
    case 2:
      switch (acc) { case 22: acc *= 2; break; default: acc += 100; }
      break;
    case 4: continue;
    default: acc -= 1;
    }
    acc += 1000;
  }
  printf("%d\n", acc);
  char buf[32] = { 0 };
  copy(buf, "abcdefghijklmnopqrst", 19);
  printf("%s\n", buf);
  return 0;
}
