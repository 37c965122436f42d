#include <stdio.h>
#include <stdlib.h>
#include <string.h>
/* A string → int hash map with separate chaining, resize on load factor,
   delete, and iteration in bucket order. */
struct ent { char *key; int val; struct ent *next; };
struct map { struct ent **b; unsigned nb, n; };
static unsigned fnv(const char *s) { unsigned h = 2166136261u; while (*s) { h ^= (unsigned char)*s++; h *= 16777619u; } return h; }
static char *dup(const char *s) { char *d = malloc(strlen(s) + 1); strcpy(d, s); return d; }
static void put(struct map *m, const char *k, int v);
static void grow(struct map *m) {
  struct map n = { calloc(m->nb * 2, sizeof(struct ent *)), m->nb * 2, 0 };
  for (unsigned i = 0; i < m->nb; i++)
    for (struct ent *e = m->b[i], *nx; e; e = nx) { nx = e->next; put(&n, e->key, e->val); free(e->key); free(e); }
  free(m->b);
  *m = n;
}
static void put(struct map *m, const char *k, int v) {
  unsigned i = fnv(k) % m->nb;
  for (struct ent *e = m->b[i]; e; e = e->next) if (!strcmp(e->key, k)) { e->val = v; return; }
  struct ent *e = malloc(sizeof *e);
  e->key = dup(k); e->val = v; e->next = m->b[i]; m->b[i] = e;
  if (++m->n > m->nb * 3 / 4) grow(m);
}
static int *get(struct map *m, const char *k) {
  for (struct ent *e = m->b[fnv(k) % m->nb]; e; e = e->next) if (!strcmp(e->key, k)) return &e->val;
  return NULL;
}
static int del(struct map *m, const char *k) {
  for (struct ent **pp = &m->b[fnv(k) % m->nb]; *pp; pp = &(*pp)->next)
    if (!strcmp((*pp)->key, k)) { struct ent *d = *pp; *pp = d->next; free(d->key); free(d); m->n--; return 1; }
  return 0;
}
int main(void) {
  struct map m = { calloc(4, sizeof(struct ent *)), 4, 0 };
  char key[16];
  for (int i = 0; i < 40; i++) { sprintf(key, "k%d", i * 7); put(&m, key, i); }
  printf("%u %u\n", m.n, m.nb);
  printf("%d %d %d\n", *get(&m, "k0"), *get(&m, "k70"), get(&m, "k71") == NULL);
  put(&m, "k70", -1);
  int v70 = *get(&m, "k70");
  int d1 = del(&m, "k70");
  int d2 = del(&m, "k70");
  printf("%d %d %d\n", v70, d1, d2);
  long sum = 0;
  for (unsigned i = 0; i < m.nb; i++) for (struct ent *e = m.b[i]; e; e = e->next) sum += e->val;
  printf("%u %ld\n", m.n, sum);
  return 0;
}
