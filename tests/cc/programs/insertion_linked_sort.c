#include <stdio.h>
#include <stdlib.h>
/* Sorting a linked list: insertion sort and merge sort by splitting with
   slow/fast pointers; both must give the same order. */
struct n { int v; struct n *next; };
static struct n *build(const int *a, int k) {
  struct n *h = 0;
  for (int i = k - 1; i >= 0; i--) { struct n *x = malloc(sizeof *x); x->v = a[i]; x->next = h; h = x; }
  return h;
}
static struct n *insertion(struct n *h) {
  struct n *sorted = 0;
  while (h) {
    struct n *next = h->next, **pp = &sorted;
    while (*pp && (*pp)->v < h->v) pp = &(*pp)->next;
    h->next = *pp; *pp = h;
    h = next;
  }
  return sorted;
}
static struct n *msort(struct n *h) {
  if (!h || !h->next) return h;
  struct n *slow = h, *fast = h->next;
  while (fast && fast->next) { slow = slow->next; fast = fast->next->next; }
  struct n *b = slow->next;
  slow->next = 0;
  struct n *a = msort(h);
  b = msort(b);
  struct n head, *t = &head;
  while (a && b) { if (a->v <= b->v) { t->next = a; a = a->next; } else { t->next = b; b = b->next; } t = t->next; }
  t->next = a ? a : b;
  return head.next;
}
static void print(const struct n *h) { for (; h; h = h->next) printf("%d ", h->v); printf("\n"); }
int main(void) {
  int a[] = { 31, -4, 15, 9, 26, 5, 3, 5, 89, 79, -32, 38, 46, 26, 43 };
  int k = sizeof a / sizeof a[0];
  print(insertion(build(a, k)));
  print(msort(build(a, k)));
  return 0;
}
