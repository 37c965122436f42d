#include <stdio.h>
typedef unsigned int uint;
typedef struct node { int val; struct node *next; } node_t;
typedef int arr3[3];
typedef char *string;
int main(void) {
  node_t c = {3, 0}, b = {2, &c}, a = {1, &b};
  int sum = 0;
  for (node_t *n = &a; n; n = n->next) sum += n->val;
  arr3 x = {4, 5, 6};
  string s = "typed";
  uint u = 7;
  printf("%d %d %s %u %d\n", sum, x[2], s, u, (int)sizeof(arr3));
  return 0;
}
