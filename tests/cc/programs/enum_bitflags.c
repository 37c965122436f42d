#include <stdio.h>
/* Enums as bit flags: combining, testing, clearing, printing names. */
enum perm { P_READ = 1 << 0, P_WRITE = 1 << 1, P_EXEC = 1 << 2, P_ALL = P_READ | P_WRITE | P_EXEC };
static void show(unsigned p) {
  static const struct { enum perm bit; char c; } names[] = { { P_READ, 'r' }, { P_WRITE, 'w' }, { P_EXEC, 'x' } };
  for (int i = 0; i < 3; i++) putchar(p & names[i].bit ? names[i].c : '-');
  putchar(' ');
}
int main(void) {
  unsigned modes[] = { 0, P_READ, P_READ | P_EXEC, P_ALL, P_ALL & ~P_WRITE };
  for (int i = 0; i < 5; i++) show(modes[i]);
  printf("\n");
  unsigned mode = 0755;
  for (int shift = 6; shift >= 0; shift -= 3) show((mode >> shift) & P_ALL);
  printf("\n%d %d\n", P_ALL, (int)sizeof(enum perm));
  enum perm p = P_WRITE;
  p |= P_READ;
  printf("%d\n", p);
  return 0;
}
