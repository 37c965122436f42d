#include <stdio.h>
int counter;
int init = 42;
static int hidden = 7;
char msg[] = "global";
const char *ptr = "pointer";
int arr[] = {1, 2, 3, 4};
int *parr = &arr[2];
struct { int a; char b; } anon = {5, 'x'};
void bump(void) { counter++; hidden += 2; }
int main(void) {
  bump(); bump();
  printf("%d %d %d %s %s %d %d\n", counter, init, hidden, msg, ptr, *parr, (int)(sizeof arr / sizeof arr[0]));
  printf("%d %c\n", anon.a, anon.b);
  return 0;
}
