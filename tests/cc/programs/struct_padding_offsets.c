#include <stdio.h>
#include <stddef.h>
/* Struct padding and member offsets for layouts where i386 and rv32
   agree (no 8-byte members): reorder members to shrink a struct. */
struct bad { char a; int b; char c; short d; char e; };
struct good { int b; short d; char a, c, e; };
struct nested { char tag; struct good g; char tail; };
struct chars { char a[3]; char b; short c[3]; };
int main(void) {
  printf("%d %d %d %d %d %d\n", (int)sizeof(struct bad), (int)offsetof(struct bad, b), (int)offsetof(struct bad, c),
         (int)offsetof(struct bad, d), (int)offsetof(struct bad, e), (int)_Alignof(struct bad));
  printf("%d %d %d %d\n", (int)sizeof(struct good), (int)offsetof(struct good, d), (int)offsetof(struct good, a),
         (int)offsetof(struct good, e));
  printf("%d %d %d\n", (int)sizeof(struct nested), (int)offsetof(struct nested, g), (int)offsetof(struct nested, tail));
  printf("%d %d %d\n", (int)sizeof(struct chars), (int)offsetof(struct chars, b), (int)offsetof(struct chars, c));
  struct bad arr[3];
  printf("%d\n", (int)((char *)&arr[2].e - (char *)arr));
  return 0;
}
