#include <stdio.h>
#define STR(x) #x
#define XSTR(x) STR(x)
#define CAT(a, b) a##b
#define VERSION 3
#define DEBUG_PRINT(fmt, ...) printf("[dbg] " fmt "\n", __VA_ARGS__)
#define SQUARE(x) ((x) * (x))
#if VERSION >= 3 && defined(VERSION)
#define MODE "new"
#elif VERSION == 2
#define MODE "mid"
#else
#define MODE "old"
#endif
int main(void) {
  int CAT(val, ue) = SQUARE(VERSION + 1);
  printf("%s %s %s %d\n", STR(hello world), XSTR(VERSION), MODE, value);
  DEBUG_PRINT("%d-%d", 1, 2);
  printf("line %d\n", __LINE__);
#undef VERSION
#ifndef VERSION
  puts("undefined now");
#endif
  return 0;
}
