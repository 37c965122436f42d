#include <stdio.h>
#include <string.h>
/* Anagram detection with letter counts, and grouping words by a sorted
   signature (insertion sort on chars). */
static void signature(const char *w, char *sig) {
  int n = strlen(w);
  strcpy(sig, w);
  for (int i = 1; i < n; i++) {
    char c = sig[i];
    int j = i - 1;
    while (j >= 0 && sig[j] > c) { sig[j + 1] = sig[j]; j--; }
    sig[j + 1] = c;
  }
}
static int anagrams(const char *a, const char *b) {
  int count[26] = { 0 };
  for (; *a; a++) count[*a - 'a']++;
  for (; *b; b++) count[*b - 'a']--;
  for (int i = 0; i < 26; i++) if (count[i]) return 0;
  return 1;
}
int main(void) {
  const char *words[] = { "listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog" };
  int n = 9, used[9] = { 0 };
  char s1[16], s2[16];
  for (int i = 0; i < n; i++) {
    if (used[i]) continue;
    signature(words[i], s1);
    printf("[%s]", s1);
    for (int j = i; j < n; j++) {
      signature(words[j], s2);
      if (!strcmp(s1, s2)) { used[j] = 1; printf(" %s", words[j]); }
    }
    printf("\n");
  }
  printf("%d %d\n", anagrams("listen", "silent"), anagrams("abc", "abd"));
  return 0;
}
