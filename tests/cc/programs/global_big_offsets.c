#include <stdio.h>
/* Globals beyond 2 KiB offsets inside one object (lo12 addends), bss
   arrays, const tables, and 64-bit and floating globals with constant
   expression initializers. */
static int big_table[4096];
static char buffer[100000];
static const short squares[] = { 0, 1, 4, 9, 16, 25, 36, 49, 64, 81 };
long long g64 = 1LL << 40 | 5;
unsigned long long gmask = ~0ULL >> 3;
double gdouble = 1.0 / 8 + 2;
float gfloat = 3.0f * 0.5f;
float gfarr[3] = { 1.5f, -2.25f, 1e3f };
char gchar = 300;
unsigned char guchar = -1;
short gshort = 70000;
_Bool gbool = 5;
int gexpr = sizeof(big_table) / sizeof(big_table[0]) - 96;
int *gp = &big_table[3000];
char *gcp = &buffer[99999];
int main(void) {
  big_table[4095] = 7;
  big_table[2049] = 9;
  buffer[99999] = 'z';
  buffer[50000] = 'm';
  *gp = 11;
  printf("%d %d %d %c %c\n", big_table[4095], big_table[2049], big_table[3000], buffer[50000], *gcp);
  printf("%d %d\n", squares[9], (int)sizeof squares);
  printf("%lld %llx\n", g64, gmask);
  printf("%.3f %.2f %.2f %.2f %.1f\n", gdouble, gfloat, gfarr[0], gfarr[1], gfarr[2]);
  printf("%d %d %d %d %d\n", gchar, guchar, gshort, gbool, gexpr);
  int zeros = 0;
  for (int i = 0; i < 100000; i += 1000) zeros += buffer[i] == 0;
  printf("%d\n", zeros);
  return 0;
}
