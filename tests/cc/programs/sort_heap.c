#include <stdio.h>
/* Heap sort and a binary-heap priority queue of (priority, name) pairs. */
static void sift_down(int *a, int n, int i) {
  for (;;) {
    int l = 2 * i + 1, r = l + 1, m = i;
    if (l < n && a[l] > a[m]) m = l;
    if (r < n && a[r] > a[m]) m = r;
    if (m == i) return;
    int t = a[i]; a[i] = a[m]; a[m] = t;
    i = m;
  }
}
static void heap_sort(int *a, int n) {
  for (int i = n / 2 - 1; i >= 0; i--) sift_down(a, n, i);
  for (int end = n - 1; end > 0; end--) {
    int t = a[0]; a[0] = a[end]; a[end] = t;
    sift_down(a, end, 0);
  }
}
struct item { int prio; const char *name; };
static struct item heap[16];
static int hn;
static void push(int prio, const char *name) {
  int i = hn++;
  heap[i] = (struct item){ prio, name };
  while (i > 0 && heap[(i - 1) / 2].prio > heap[i].prio) {
    struct item t = heap[i]; heap[i] = heap[(i - 1) / 2]; heap[(i - 1) / 2] = t;
    i = (i - 1) / 2;
  }
}
static struct item pop(void) {
  struct item top = heap[0];
  heap[0] = heap[--hn];
  int i = 0;
  for (;;) {
    int l = 2 * i + 1, r = l + 1, m = i;
    if (l < hn && heap[l].prio < heap[m].prio) m = l;
    if (r < hn && heap[r].prio < heap[m].prio) m = r;
    if (m == i) break;
    struct item t = heap[i]; heap[i] = heap[m]; heap[m] = t;
    i = m;
  }
  return top;
}
int main(void) {
  int a[] = { 9, -2, 44, 7, 7, 0, 13, -50, 8, 21, 3 };
  int n = sizeof a / sizeof *a;
  heap_sort(a, n);
  for (int i = 0; i < n; i++) printf("%d ", a[i]);
  printf("\n");
  push(5, "write"); push(1, "boot"); push(3, "mount"); push(9, "halt"); push(2, "init");
  while (hn) { struct item it = pop(); printf("%d:%s ", it.prio, it.name); }
  printf("\n");
  return 0;
}
