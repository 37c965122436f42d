#include <stdio.h>
/* Walking strings with char pointers: counting, comparing two pointers,
   reverse iteration, and pointer differences as lengths. */
static const char *find_last(const char *s, char c) {
  const char *last = 0;
  for (; *s; s++) if (*s == c) last = s;
  return last;
}
static int common_prefix(const char *a, const char *b) {
  const char *start = a;
  while (*a && *a == *b) a++, b++;
  return (int)(a - start);
}
int main(void) {
  const char *path = "/usr/local/lib/libfoo.so.1";
  const char *slash = find_last(path, '/');
  printf("%s %d\n", slash + 1, (int)(slash - path));
  printf("%d %d\n", common_prefix("interstellar", "internet"), common_prefix("abc", "xyz"));
  const char *end = path;
  while (*end) end++;
  for (const char *p = end - 1; p >= path && *p != '/'; p--) putchar(*p);
  putchar('\n');
  int dots = 0;
  for (const char *p = path; (p = find_last(p, '.')) != 0 && dots < 5; ) { dots++; break; }
  printf("%d %d\n", dots, (int)(end - path));
  return 0;
}
