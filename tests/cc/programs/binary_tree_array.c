#include <stdio.h>
/* A complete binary tree stored in an array: level-order printing,
   depth, and preorder/postorder traversals by index arithmetic. */
#define N 15
static int t[N + 1];
static void pre(int i) { if (i > N) return; printf("%d ", t[i]); pre(2 * i); pre(2 * i + 1); }
static void post(int i) { if (i > N) return; post(2 * i); post(2 * i + 1); printf("%d ", t[i]); }
int main(void) {
  for (int i = 1; i <= N; i++) t[i] = i * 10;
  for (int level = 0, i = 1; i <= N; level++) {
    printf("L%d:", level);
    for (int k = 0; k < (1 << level) && i <= N; k++, i++) printf(" %d", t[i]);
    printf("\n");
  }
  pre(1);
  printf("\n");
  post(1);
  printf("\n");
  int depth = 0;
  for (int i = N; i > 1; i /= 2) depth++;
  printf("%d\n", depth);
  return 0;
}
