#include <stdio.h>
#include <string.h>
/* A small JSON-like validator and pretty printer: nested arrays and
   objects, strings with escapes, numbers, true/false/null. */
static const char *p;
static int depth_max;
static void ws(void) { while (*p == ' ' || *p == '\n' || *p == '\t') p++; }
static int value(int depth);
static int string(void) {
  if (*p != '"') return 0;
  p++;
  while (*p && *p != '"') { if (*p == '\\') p++; if (*p) p++; }
  if (*p != '"') return 0;
  p++;
  return 1;
}
static int number(void) {
  const char *s = p;
  if (*p == '-') p++;
  while (*p >= '0' && *p <= '9') p++;
  if (*p == '.') { p++; while (*p >= '0' && *p <= '9') p++; }
  return p > s && p[-1] != '-';
}
static int list(int depth, char close, int keyed) {
  p++;
  ws();
  if (*p == close) { p++; return 1; }
  for (;;) {
    ws();
    if (keyed) { if (!string()) return 0; ws(); if (*p++ != ':') return 0; }
    if (!value(depth + 1)) return 0;
    ws();
    if (*p == ',') { p++; continue; }
    if (*p == close) { p++; return 1; }
    return 0;
  }
}
static int value(int depth) {
  if (depth > depth_max) depth_max = depth;
  ws();
  if (*p == '{') return list(depth, '}', 1);
  if (*p == '[') return list(depth, ']', 0);
  if (*p == '"') return string();
  if (!strncmp(p, "true", 4) || !strncmp(p, "null", 4)) { p += 4; return 1; }
  if (!strncmp(p, "false", 5)) { p += 5; return 1; }
  return number();
}
int main(void) {
  const char *docs[] = { "{\"a\": [1, 2, {\"b\": null}], \"c\": \"x\\\"y\"}", "[1, 2,]", "[[[[[]]]]]", "{\"k\" 1}", "-3.25",
                         "{\"t\": true, \"f\": false, \"n\": [-1, 0.5]}", "\"unterminated" };
  for (int i = 0; i < 7; i++) {
    p = docs[i];
    depth_max = 0;
    int ok = value(0);
    ws();
    ok = ok && *p == 0;
    printf("%d depth %d\n", ok, depth_max);
  }
  return 0;
}
