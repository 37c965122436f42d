#include <stdio.h>
/* The type of an integer constant follows its value and suffix (C99 6.4.4.1):
   decimal constants go int → long → long long, hex/octal may be unsigned. */
#define TYPE_SIZE(x) (int)sizeof(x)
#define IS_UNSIGNED(x) ((x) * 0 - 1 > 0)
int main(void) {
  printf("%d %d\n", TYPE_SIZE(2147483647), IS_UNSIGNED(2147483647));
  printf("%d %d\n", TYPE_SIZE(2147483648), IS_UNSIGNED(2147483648));
  printf("%d %d\n", TYPE_SIZE(0x7fffffff), IS_UNSIGNED(0x7fffffff));
  printf("%d %d\n", TYPE_SIZE(0x80000000), IS_UNSIGNED(0x80000000));
  printf("%d %d\n", TYPE_SIZE(0xffffffff), IS_UNSIGNED(0xffffffff));
  printf("%d %d\n", TYPE_SIZE(0x100000000), IS_UNSIGNED(0x100000000));
  printf("%d %d\n", TYPE_SIZE(4294967295), IS_UNSIGNED(4294967295));
  printf("%d %d\n", TYPE_SIZE(037777777777), IS_UNSIGNED(037777777777));
  printf("%d %d\n", TYPE_SIZE(1u), IS_UNSIGNED(1u));
  printf("%d %d\n", TYPE_SIZE(1l), IS_UNSIGNED(1L));
  printf("%d %d\n", TYPE_SIZE(1ul), IS_UNSIGNED(1UL));
  printf("%d %d\n", TYPE_SIZE(1ll), IS_UNSIGNED(1LL));
  printf("%d %d\n", TYPE_SIZE(1ull), IS_UNSIGNED(1uLL));
  printf("%d %d\n", TYPE_SIZE(0xffffffffffffffff), IS_UNSIGNED(0xffffffffffffffff));
  printf("%d %d\n", TYPE_SIZE('a'), IS_UNSIGNED('a'));
  printf("%lld %llu\n", 9223372036854775807, 0xffffffffffffffffULL);
  printf("%d\n", -2147483648 < 0);
  printf("%d\n", 0x80000000 < 0);
  return 0;
}
