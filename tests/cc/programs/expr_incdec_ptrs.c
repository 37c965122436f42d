#include <stdio.h>
/* ++ and -- on every kind of lvalue: pointers, chars, doubles, members,
   array elements through pointers, and *p++ idioms. */
struct s { int n; char c; double d; int *ip; };
int main(void) {
  int arr[4] = { 10, 20, 30, 40 };
  struct s v = { 1, 'a', 1.5, arr };
  struct s *pv = &v;
  pv->n++; ++pv->n; v.c++; pv->d--; pv->ip++;
  printf("%d %c %.1f %d\n", v.n, v.c, v.d, *v.ip);
  ++*pv->ip;
  (*pv->ip)++;
  printf("%d\n", arr[1]);
  int *p = arr;
  int x = *p++;
  int y = *++p;
  int z = ++*p;
  int w = (*p)--;
  printf("%d %d %d %d %d\n", x, y, z, w, arr[2]);
  char s[] = "abc";
  char *q = s;
  while (*q) (*q++)++;
  printf("%s\n", s);
  unsigned char uc = 255;
  uc++;
  signed char sc = 127;
  sc++;
  printf("%d %d\n", uc, sc);
  double d = 0.5;
  double d1 = d++;
  double d2 = ++d;
  printf("%.1f %.1f\n", d1, d2);
  long long ll = 0xffffffffLL;
  ll++;
  printf("%lld\n", ll);
  int *e = &arr[3];
  printf("%d\n", (int)(e-- - arr));
  printf("%d\n", (int)(e - arr));
  return 0;
}
