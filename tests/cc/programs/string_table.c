#include <stdio.h>
#include <string.h>
static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
int find(const char *d) { for (int i = 0; i < 7; i++) if (!strcmp(days[i], d)) return i; return -1; }
int main(void) {
  printf("%d %d %d\n", find("Wed"), find("Sun"), find("Xyz"));
  char buf[64] = "";
  for (int i = 0; i < 7; i += 2) { strcat(buf, days[i]); strcat(buf, ","); }
  printf("%s %d\n", buf, (int)strlen(buf));
  return 0;
}
