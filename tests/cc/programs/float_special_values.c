#include <stdio.h>
/* Infinities and NaN through soft-float: comparisons with NaN are false,
   NaN != NaN, infinities order and absorb. */
static double zero = 0.0;
int main(void) {
  double inf = 1.0 / zero;
  double ninf = -1.0 / zero;
  double nan = zero / zero;
  printf("%d %d %d\n", inf > 1e308, ninf < -1e308, inf == inf);
  printf("%d %d %d %d\n", nan == nan, nan != nan, nan < 1.0, nan > 1.0);
  printf("%d %d\n", nan <= nan, !(nan >= 0));
  printf("%d %d\n", inf + 1 == inf, inf - inf == inf - inf);
  float fi = (float)inf;
  printf("%d\n", fi > 3.4e38f);
  double tiny = 1e-300;
  double under = tiny * 1e-300;
  printf("%d %d\n", under == 0.0, tiny > 0.0);
  float fmax = 3.4028234e38f;
  float over = fmax * 2.0f;
  printf("%d\n", over == (float)inf);
  int cmp = 0;
  double vals[] = { 1.0, nan, -1.0, inf };
  for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) cmp += (vals[i] < vals[j]) * (i * 4 + j);
  printf("%d\n", cmp);
  return 0;
}
