#include <stdio.h>
int main(void) {
  float f = 0;
  for (int i = 0; i < 1000; i++) f += 0.25f;
  double d = 1;
  for (int i = 0; i < 20; i++) d *= 1.5;
  printf("%.2f %.4f\n", f, d);
  int n = 0;
  for (double x = 0; x < 10; x += 0.5) n++;
  printf("%d\n", n);
  double mean = 0;
  int data[] = {3, 7, 8, 2, 10};
  for (int i = 0; i < 5; i++) mean += data[i];
  mean /= 5;
  printf("%.3f\n", mean);
  return 0;
}
