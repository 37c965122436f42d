#include <stdio.h>
#include <stdlib.h>
struct node { int v; struct node *next; };
struct node *push(struct node *head, int v) {
  struct node *n = malloc(sizeof *n);
  n->v = v;
  n->next = head;
  return n;
}
struct node *reverse(struct node *h) {
  struct node *prev = 0;
  while (h) { struct node *n = h->next; h->next = prev; prev = h; h = n; }
  return prev;
}
int main(void) {
  struct node *h = 0;
  for (int i = 1; i <= 5; i++) h = push(h, i * i);
  h = reverse(h);
  for (struct node *n = h; n; n = n->next) printf("%d ", n->v);
  printf("\n");
  return 0;
}
