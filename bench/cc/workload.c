/* The code-speed workload for bench/cc: textbook integer kernels (sieve,
 * quicksort, matrix product, string hashing, a linked list, recursion,
 * struct updates, a small interpreter loop). The same source is compiled
 * by forklab-cc and by clang -O0/-O1 for riscv32 and run on ForkLab's
 * machine; the figure is guest instructions retired. Prints a checksum so
 * every build must compute the same thing. No floating point: soft-float
 * library calls would measure the libc, not the compiler. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned seed = 12345;
static unsigned rnd(void) { seed = seed * 1103515245u + 12345u; return seed >> 8; }

static int sieve(int n) {
  static unsigned char composite[100001];
  int count = 0;
  memset(composite, 0, sizeof composite);
  for (int i = 2; i <= n; i++) {
    if (composite[i]) continue;
    count++;
    for (int j = i * 2; j <= n; j += i) composite[j] = 1;
  }
  return count;
}

static void quicksort(int *a, int lo, int hi) {
  while (lo < hi) {
    int p = a[(lo + hi) / 2], i = lo, j = hi;
    while (i <= j) {
      while (a[i] < p) i++;
      while (a[j] > p) j--;
      if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
    }
    if (j - lo < hi - i) { quicksort(a, lo, j); lo = i; }
    else { quicksort(a, i, hi); hi = j; }
  }
}

#define M 40
static int ma[M][M], mb[M][M], mc[M][M];
static int matmul(void) {
  for (int i = 0; i < M; i++)
    for (int j = 0; j < M; j++) { ma[i][j] = (int)(rnd() % 100); mb[i][j] = (int)(rnd() % 100) - 50; }
  for (int i = 0; i < M; i++)
    for (int j = 0; j < M; j++) {
      int s = 0;
      for (int k = 0; k < M; k++) s += ma[i][k] * mb[k][j];
      mc[i][j] = s;
    }
  int t = 0;
  for (int i = 0; i < M; i++) t += mc[i][i] ^ mc[i][M - 1 - i];
  return t;
}

static unsigned hash_str(const char *s) {
  unsigned h = 2166136261u;
  while (*s) { h ^= (unsigned char)*s++; h *= 16777619u; }
  return h;
}

static unsigned strings(void) {
  char buf[64];
  unsigned acc = 0;
  for (int i = 0; i < 3000; i++) {
    int n = 8 + i % 40;
    for (int k = 0; k < n; k++) buf[k] = (char)('a' + (i * 7 + k * 3) % 26);
    buf[n] = 0;
    acc += hash_str(buf) + (unsigned)strlen(buf);
    if (strcmp(buf, "mmmm") > 0) acc ^= 1u << (i % 32);
  }
  return acc;
}

struct node { int value; struct node *next; };
static int list_work(void) {
  struct node *head = 0;
  for (int i = 0; i < 3000; i++) {
    struct node *n = malloc(sizeof *n);
    n->value = (int)(rnd() % 1000);
    n->next = head;
    head = n;
  }
  int total = 0;
  for (int round = 0; round < 10; round++)
    for (struct node *p = head; p; p = p->next) total += p->value * (round + 1);
  while (head) { struct node *n = head->next; free(head); head = n; }
  return total;
}

static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

struct particle { int x, y, vx, vy; };
static int particles(void) {
  static struct particle ps[256];
  for (int i = 0; i < 256; i++) ps[i] = (struct particle){ (int)(rnd() % 1000), (int)(rnd() % 1000), (int)(rnd() % 7) - 3, (int)(rnd() % 7) - 3 };
  for (int step = 0; step < 100; step++)
    for (int i = 0; i < 256; i++) {
      struct particle *p = &ps[i];
      p->x += p->vx; p->y += p->vy;
      if (p->x < 0 || p->x > 1000) p->vx = -p->vx;
      if (p->y < 0 || p->y > 1000) p->vy = -p->vy;
    }
  int s = 0;
  for (int i = 0; i < 256; i++) s += ps[i].x * 3 + ps[i].y;
  return s;
}

static int interpret(void) {
  /* acc = sum of i*i for i < 20000 via a switch-dispatched bytecode */
  enum { LOAD_I, SQUARE, ADD_ACC, INC_I, LOOP, HALT };
  static const int code[] = { LOAD_I, SQUARE, ADD_ACC, INC_I, LOOP, HALT };
  int pc = 0, i = 0, acc = 0, reg = 0;
  for (;;) {
    switch (code[pc]) {
    case LOAD_I: reg = i; pc++; break;
    case SQUARE: reg = reg * reg; pc++; break;
    case ADD_ACC: acc += reg; pc++; break;
    case INC_I: i++; pc++; break;
    case LOOP: pc = i < 20000 ? 0 : pc + 1; break;
    case HALT: return acc;
    }
  }
}

int main(void) {
  static int arr[20000];
  for (int i = 0; i < 20000; i++) arr[i] = (int)(rnd() % 100000);
  quicksort(arr, 0, 19999);
  int sorted = 1;
  for (int i = 1; i < 20000; i++) sorted &= arr[i - 1] <= arr[i];
  printf("sieve %d\n", sieve(100000));
  printf("sort %d %d %d\n", sorted, arr[0], arr[19999]);
  printf("matmul %d\n", matmul());
  printf("strings %u\n", strings());
  printf("list %d\n", list_work());
  printf("fib %d\n", fib(22));
  printf("particles %d\n", particles());
  printf("interp %d\n", interpret());
  return 0;
}
