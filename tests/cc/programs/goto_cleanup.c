#include <stdio.h>
#include <stdlib.h>
/* goto for error handling and cleanup, breaking out of nested loops,
   and a backward goto loop. */
static int process(int fail_at) {
  int rc = -1;
  char *a = malloc(16);
  if (!a) goto out;
  if (fail_at == 1) goto free_a;
  char *b = malloc(16);
  if (!b) goto free_a;
  if (fail_at == 2) goto free_b;
  rc = 0;
free_b:
  free(b);
  printf("freed b\n");
free_a:
  free(a);
  printf("freed a\n");
out:
  return rc;
}
int main(void) {
  for (int i = 0; i < 3; i++) printf("rc=%d\n", process(i));
  int found_i = -1, found_j = -1;
  for (int i = 0; i < 10; i++)
    for (int j = 0; j < 10; j++)
      if (i * j == 42) { found_i = i; found_j = j; goto done; }
done:
  printf("%d %d\n", found_i, found_j);
  int n = 0;
again:
  n += 3;
  if (n < 20) goto again;
  printf("%d\n", n);
  return 0;
}
