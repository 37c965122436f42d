#include <stdio.h>
struct entry { const char *name; int value; int *ptr; };
int a = 1, b = 2;
struct entry entries[] = {{"a", 10, &a}, {"b", 20, &b}, {0, 0, 0}};
char *names[] = {"x", "yy", "zzz"};
int matrix[2][3] = {{1, 2, 3}, {4, 5, 6}};
char text[10] = "hi";
long long big = 1LL << 40;
double dv = 2.5;
float fv = -1.25f;
unsigned char bytes[] = {255, 128, 1};
short shorts[3] = {-1, 2};
int *end_ptr = &matrix[1][2];
const char *second = &"hello"[1];
int main(void) {
  for (struct entry *e = entries; e->name; e++) printf("%s=%d(%d) ", e->name, e->value, *e->ptr);
  printf("\n%s %s %d %s %lld %.2f %.2f\n", names[1], names[2], matrix[1][1], text, big, dv, fv);
  printf("%d %d %d %d %d %d %s\n", bytes[0], bytes[1], shorts[0], shorts[2], *end_ptr, (int)sizeof text, second);
  return 0;
}
