#include <stdio.h>
#include <string.h>
/* A record-keeping exercise: accounts in an array of structs, transactions
   applied with validation, a report sorted by balance (selection sort). */
struct account { int id; char owner[12]; long balance; int tx_count; };
struct tx { int from, to; long amount; };
static struct account accts[5] = {
  { 101, "ada", 5000, 0 }, { 102, "brian", 120, 0 }, { 103, "chen", 99999, 0 },
  { 104, "dmitri", 0, 0 }, { 105, "eve", 750, 0 },
};
static struct account *find(int id) {
  for (int i = 0; i < 5; i++) if (accts[i].id == id) return &accts[i];
  return 0;
}
static const char *apply(struct tx t) {
  struct account *a = find(t.from), *b = find(t.to);
  if (!a || !b) return "no such account";
  if (t.amount <= 0) return "bad amount";
  if (a->balance < t.amount) return "insufficient funds";
  a->balance -= t.amount; b->balance += t.amount;
  a->tx_count++; b->tx_count++;
  return "ok";
}
int main(void) {
  struct tx txs[] = { { 101, 104, 1000 }, { 102, 101, 500 }, { 103, 102, 12345 }, { 105, 106, 1 }, { 104, 105, -5 }, { 104, 105, 999 } };
  for (int i = 0; i < 6; i++) printf("%d->%d %ld: %s\n", txs[i].from, txs[i].to, txs[i].amount, apply(txs[i]));
  for (int i = 0; i < 5; i++) {
    int m = i;
    for (int j = i + 1; j < 5; j++) if (accts[j].balance > accts[m].balance) m = j;
    struct account t = accts[i]; accts[i] = accts[m]; accts[m] = t;
  }
  long total = 0;
  for (int i = 0; i < 5; i++) {
    printf("%d %-8s %8ld %d\n", accts[i].id, accts[i].owner, accts[i].balance, accts[i].tx_count);
    total += accts[i].balance;
  }
  printf("total %ld\n", total);
  return 0;
}
