#include <stdio.h>
#include <stdlib.h>
/* Doubly linked list with a sentinel: a deque with push/pop at both ends. */
struct dnode { int v; struct dnode *prev, *next; };
struct deque { struct dnode head; int size; };
static void init(struct deque *d) { d->head.prev = d->head.next = &d->head; d->size = 0; }
static void link_after(struct dnode *pos, int v) {
  struct dnode *n = malloc(sizeof *n);
  n->v = v; n->prev = pos; n->next = pos->next;
  pos->next->prev = n; pos->next = n;
}
static int unlink_node(struct dnode *n) {
  int v = n->v;
  n->prev->next = n->next; n->next->prev = n->prev;
  free(n);
  return v;
}
static void push_front(struct deque *d, int v) { link_after(&d->head, v); d->size++; }
static void push_back(struct deque *d, int v) { link_after(d->head.prev, v); d->size++; }
static int pop_front(struct deque *d) { d->size--; return unlink_node(d->head.next); }
static int pop_back(struct deque *d) { d->size--; return unlink_node(d->head.prev); }
static void dump(struct deque *d) {
  for (struct dnode *n = d->head.next; n != &d->head; n = n->next) printf("%d ", n->v);
  printf("| ");
  for (struct dnode *n = d->head.prev; n != &d->head; n = n->prev) printf("%d ", n->v);
  printf("(%d)\n", d->size);
}
int main(void) {
  struct deque d;
  init(&d);
  for (int i = 0; i < 5; i++) { push_back(&d, i); push_front(&d, -i); }
  dump(&d);
  printf("%d %d\n", pop_front(&d), pop_back(&d));
  printf("%d %d\n", pop_front(&d), pop_back(&d));
  dump(&d);
  while (d.size) pop_back(&d);
  dump(&d);
  return 0;
}
