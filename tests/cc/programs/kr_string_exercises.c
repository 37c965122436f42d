#include <stdio.h>
#include <string.h>
/* squeeze, any, strindex, escape, htoi, lower — the chapter 2/3 string
   exercises, each written out by hand. */
static void squeeze(char *s, const char *del) {
  int i, j;
  for (i = j = 0; s[i] != '\0'; i++)
    if (!strchr(del, s[i])) s[j++] = s[i];
  s[j] = '\0';
}
static int any(const char *s1, const char *s2) {
  for (int i = 0; s1[i]; i++) if (strchr(s2, s1[i])) return i;
  return -1;
}
static int strindex_last(const char *s, const char *t) {
  int last = -1, n = strlen(t);
  for (int i = 0; s[i]; i++) if (strncmp(s + i, t, n) == 0) last = i;
  return last;
}
static void escape(char *out, const char *in) {
  for (; *in; in++) {
    switch (*in) {
    case '\n': *out++ = '\\'; *out++ = 'n'; break;
    case '\t': *out++ = '\\'; *out++ = 't'; break;
    default: *out++ = *in; break;
    }
  }
  *out = 0;
}
static int htoi(const char *s) {
  int n = 0;
  if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) s += 2;
  for (; *s; s++) {
    int d;
    if (*s >= '0' && *s <= '9') d = *s - '0';
    else if (*s >= 'a' && *s <= 'f') d = *s - 'a' + 10;
    else if (*s >= 'A' && *s <= 'F') d = *s - 'A' + 10;
    else break;
    n = 16 * n + d;
  }
  return n;
}
static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 'a' - 'A' : c; }
int main(void) {
  char s[] = "hello, programming world";
  squeeze(s, "lo");
  printf("%s\n", s);
  printf("%d %d\n", any("abcdef", "xyzd"), any("abc", "xyz"));
  printf("%d %d\n", strindex_last("abcabcabc", "bc"), strindex_last("aaa", "b"));
  char e[64];
  escape(e, "tab\there\nnewline");
  printf("%s\n", e);
  printf("%d %d %d\n", htoi("0x1F"), htoi("ff"), htoi("0XaBc"));
  for (const char *p = "MiXeD CaSe 123"; *p; p++) putchar(lower(*p));
  putchar('\n');
  return 0;
}
