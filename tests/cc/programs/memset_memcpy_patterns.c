#include <stdio.h>
#include <string.h>
/* memset/memcpy/memmove/memcmp on overlapping and odd-sized regions,
   struct zeroing, and byte patterns read back as words. */
struct rec { char name[7]; int id; short s; };
int main(void) {
  unsigned char buf[32];
  memset(buf, 0xab, sizeof buf);
  memset(buf + 3, 0, 5);
  unsigned w;
  memcpy(&w, buf, 4);
  printf("%08x %d %d\n", w, buf[7], buf[8]);
  for (int i = 0; i < 32; i++) buf[i] = (unsigned char)i;
  memmove(buf + 5, buf + 2, 10);
  for (int i = 0; i < 16; i++) printf("%d ", buf[i]);
  printf("\n");
  memmove(buf, buf + 20, 7);
  for (int i = 0; i < 8; i++) printf("%d ", buf[i]);
  printf("\n");
  struct rec a, b;
  memset(&a, 0, sizeof a);
  strcpy(a.name, "abc");
  a.id = 99; a.s = -2;
  memcpy(&b, &a, sizeof a);
  printf("%d %s %d %d\n", memcmp(&a, &b, sizeof a), b.name, b.id, b.s);
  b.name[2] = 'd';
  printf("%d %d\n", memcmp(a.name, b.name, 7) < 0, memcmp(a.name, b.name, 2));
  return 0;
}
