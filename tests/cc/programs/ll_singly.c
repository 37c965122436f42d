#include <stdio.h>
#include <stdlib.h>
/* Singly linked list: push, append, reverse, remove by value, length,
   merge two sorted lists. */
struct node { int val; struct node *next; };
static struct node *cons(int v, struct node *next) {
  struct node *n = malloc(sizeof *n);
  n->val = v; n->next = next;
  return n;
}
static void print(const struct node *l) {
  for (; l; l = l->next) printf("%d%s", l->val, l->next ? "->" : "");
  printf("\n");
}
static struct node *reverse(struct node *l) {
  struct node *prev = NULL;
  while (l) { struct node *next = l->next; l->next = prev; prev = l; l = next; }
  return prev;
}
static struct node *remove_val(struct node *l, int v) {
  struct node **pp = &l;
  while (*pp) {
    if ((*pp)->val == v) { struct node *dead = *pp; *pp = dead->next; free(dead); }
    else pp = &(*pp)->next;
  }
  return l;
}
static struct node *merge(struct node *a, struct node *b) {
  struct node head = { 0, NULL }, *t = &head;
  while (a && b) {
    if (a->val <= b->val) { t->next = a; a = a->next; }
    else { t->next = b; b = b->next; }
    t = t->next;
  }
  t->next = a ? a : b;
  return head.next;
}
static int length(const struct node *l) { return l ? 1 + length(l->next) : 0; }
int main(void) {
  struct node *l = NULL;
  for (int i = 1; i <= 6; i++) l = cons(i % 3, l);
  print(l);
  l = reverse(l);
  print(l);
  l = remove_val(l, 0);
  print(l);
  printf("%d\n", length(l));
  struct node *a = cons(1, cons(4, cons(9, NULL)));
  struct node *b = cons(2, cons(3, cons(10, cons(11, NULL))));
  print(merge(a, b));
  return 0;
}
