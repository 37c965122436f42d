#include <stdio.h>
#include <string.h>
#include <ctype.h>
/* Word frequency with a small open-addressing hash table. */
#define CAP 64
struct entry { char word[16]; int count; };
static struct entry table[CAP];
static unsigned hash(const char *s) {
  unsigned h = 5381;
  while (*s) h = h * 33 + (unsigned char)*s++;
  return h;
}
static void add(const char *w) {
  unsigned i = hash(w) % CAP;
  while (table[i].count && strcmp(table[i].word, w)) i = (i + 1) % CAP;
  if (!table[i].count) strcpy(table[i].word, w);
  table[i].count++;
}
int main(void) {
  const char *text = "It was the best of times, it was the worst of times; it was the age "
                     "of wisdom, it was the age of foolishness.";
  char w[16];
  int n = 0;
  for (const char *p = text;; p++) {
    if (isalpha((unsigned char)*p)) { if (n < 15) w[n++] = (char)tolower((unsigned char)*p); }
    else { if (n) { w[n] = 0; add(w); n = 0; } if (!*p) break; }
  }
  for (int round = 6; round >= 1; round--)
    for (int i = 0; i < CAP; i++)
      if (table[i].count == round) printf("%s %d\n", table[i].word, round);
  return 0;
}
