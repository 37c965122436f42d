#include <stdio.h>
#include <stdlib.h>
#include <string.h>
/* A growable string builder (realloc doubling), used to render a table
   with snprintf into the buffer. */
struct sb { char *buf; int len, cap; };
static void sb_reserve(struct sb *s, int extra) {
  if (s->len + extra + 1 <= s->cap) return;
  int cap = s->cap ? s->cap : 8;
  while (cap < s->len + extra + 1) cap *= 2;
  s->buf = realloc(s->buf, cap);
  s->cap = cap;
}
static void sb_add(struct sb *s, const char *t) {
  int n = strlen(t);
  sb_reserve(s, n);
  memcpy(s->buf + s->len, t, n + 1);
  s->len += n;
}
static void sb_addi(struct sb *s, int v, int width) {
  char tmp[32];
  snprintf(tmp, sizeof tmp, "%*d", width, v);
  sb_add(s, tmp);
}
int main(void) {
  struct sb s = { 0, 0, 0 };
  for (int i = 1; i <= 6; i++) {
    for (int j = 1; j <= 6; j++) sb_addi(&s, i * j, 4);
    sb_add(&s, "\n");
  }
  printf("%s", s.buf);
  printf("%d %d\n", s.len, s.cap);
  char small[8];
  int want = snprintf(small, sizeof small, "%s-%d", "truncate", 12345);
  printf("%s %d\n", small, want);
  free(s.buf);
  return 0;
}
