#include <stdio.h>
/* The string.h functions written by hand, compared with the library. */
#include <string.h>
static unsigned my_strlen(const char *s) { const char *p = s; while (*p) p++; return p - s; }
static int my_strcmp(const char *a, const char *b) {
  while (*a && *a == *b) a++, b++;
  return (unsigned char)*a - (unsigned char)*b;
}
static char *my_strcpy(char *d, const char *s) { char *r = d; while ((*d++ = *s++)) ; return r; }
static char *my_strcat(char *d, const char *s) { my_strcpy(d + my_strlen(d), s); return d; }
static char *my_strstr(const char *h, const char *n) {
  if (!*n) return (char *)h;
  for (; *h; h++) {
    const char *a = h, *b = n;
    while (*a && *b && *a == *b) a++, b++;
    if (!*b) return (char *)h;
  }
  return 0;
}
static void *my_memmove(void *d, const void *s, unsigned n) {
  unsigned char *dp = d;
  const unsigned char *sp = s;
  if (dp < sp) while (n--) *dp++ = *sp++;
  else { dp += n; sp += n; while (n--) *--dp = *--sp; }
  return d;
}
static int sign(int x) { return (x > 0) - (x < 0); }
int main(void) {
  const char *words[] = { "", "a", "abc", "abd", "ab", "\xff", "zzz" };
  for (int i = 0; i < 7; i++)
    for (int j = 0; j < 7; j++)
      if (sign(my_strcmp(words[i], words[j])) != sign(strcmp(words[i], words[j]))) printf("mismatch %d %d\n", i, j);
  char buf[64];
  my_strcpy(buf, "hello");
  my_strcat(buf, ", ");
  my_strcat(buf, "world");
  printf("%s %u %d\n", buf, my_strlen(buf), (int)strlen(buf));
  printf("%s|%s|%d\n", my_strstr(buf, "lo, w"), my_strstr(buf, ""), my_strstr(buf, "xyz") == 0);
  char m[] = "0123456789";
  my_memmove(m + 2, m, 5);
  printf("%s\n", m);
  my_memmove(m, m + 3, 6);
  printf("%s\n", m);
  return 0;
}
