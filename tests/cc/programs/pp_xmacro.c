#include <stdio.h>
/* X-macros: one list expanded into an enum, names and a table. */
#define COLORS(X) \
  X(RED, 0xff0000) \
  X(GREEN, 0x00ff00) \
  X(BLUE, 0x0000ff) \
  X(WHITE, 0xffffff)
#define AS_ENUM(name, rgb) COLOR_##name,
#define AS_NAME(name, rgb) #name,
#define AS_RGB(name, rgb) rgb,
enum color { COLORS(AS_ENUM) COLOR_COUNT };
static const char *names[] = { COLORS(AS_NAME) };
static const unsigned rgb[] = { COLORS(AS_RGB) };
int main(void) {
  for (int c = 0; c < COLOR_COUNT; c++)
    printf("%d %-5s %06x\n", c, names[c], rgb[c]);
  printf("%d\n", COLOR_COUNT);
  return 0;
}
