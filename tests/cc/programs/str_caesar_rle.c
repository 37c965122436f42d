#include <stdio.h>
#include <string.h>
/* Caesar cipher and run-length encoding round trips. */
static void caesar(char *s, int k) {
  for (; *s; s++) {
    if (*s >= 'a' && *s <= 'z') *s = 'a' + (*s - 'a' + k + 26) % 26;
    else if (*s >= 'A' && *s <= 'Z') *s = 'A' + (*s - 'A' + k + 26) % 26;
  }
}
static int rle_encode(const char *in, char *out) {
  char *o = out;
  while (*in) {
    char c = *in;
    int n = 0;
    while (*in == c && n < 9) { in++; n++; }
    *o++ = '0' + n;
    *o++ = c;
  }
  *o = 0;
  return o - out;
}
static void rle_decode(const char *in, char *out) {
  while (*in) {
    int n = *in++ - '0';
    char c = *in++;
    while (n--) *out++ = c;
  }
  *out = 0;
}
int main(void) {
  char msg[] = "Hello, World! xyz";
  caesar(msg, 3);
  printf("%s\n", msg);
  caesar(msg, -3);
  printf("%s\n", msg);
  char enc[64], dec[64];
  const char *src = "aaaabbbcccccccccccdde";
  int len = rle_encode(src, enc);
  rle_decode(enc, dec);
  printf("%s %d %d\n", enc, len, strcmp(src, dec));
  return 0;
}
