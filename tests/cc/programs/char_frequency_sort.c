#include <stdio.h>
/* Character frequency analysis over a text, sorted by count then by
   character, with a bar chart. */
int main(void) {
  const char *text = "She sells sea shells by the sea shore; the shells she sells are surely seashells.";
  int freq[128] = { 0 };
  for (const char *p = text; *p; p++) if (*p >= 'a' && *p <= 'z') freq[(int)*p]++; else if (*p >= 'A' && *p <= 'Z') freq[*p + 32]++;
  char order[26];
  int n = 0;
  for (char c = 'a'; c <= 'z'; c++) if (freq[(int)c]) order[n++] = c;
  for (int i = 0; i < n; i++)
    for (int j = i + 1; j < n; j++)
      if (freq[(int)order[j]] > freq[(int)order[i]] || (freq[(int)order[j]] == freq[(int)order[i]] && order[j] < order[i])) {
        char t = order[i]; order[i] = order[j]; order[j] = t;
      }
  for (int i = 0; i < n; i++) {
    printf("%c %2d ", order[i], freq[(int)order[i]]);
    for (int k = 0; k < freq[(int)order[i]]; k++) putchar('=');
    putchar('\n');
  }
  return 0;
}
