#include <stdio.h>
struct node { int v; struct node *next; };
struct node n3 = {3, 0};
struct node n2 = {2, &n3};
struct node n1 = {1, &n2};
struct node *head = &n1;
int main(void) {
  int s = 0;
  for (struct node *p = head; p; p = p->next) s = s * 10 + p->v;
  printf("%d\n", s);
  return 0;
}
