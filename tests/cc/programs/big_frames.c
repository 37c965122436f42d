#include <stdio.h>
#include <string.h>
/* Stack frames far beyond the 12-bit immediate range: big local arrays
   with scalars on both sides, a large struct by value, deep offsets. */
struct blob { int data[1500]; int tag; };
static int sum_blob(struct blob b) { int s = b.tag; for (int i = 0; i < 1500; i += 100) s += b.data[i]; return s; }
static struct blob make_blob(int k) { struct blob b; for (int i = 0; i < 1500; i++) b.data[i] = i * k; b.tag = k; return b; }
static int deep(int n) {
  int before = n * 3;
  char big[10000];
  int after = n * 5;
  memset(big, n, sizeof big);
  big[9999] = 7;
  int s = 0;
  for (int i = 0; i < 10000; i += 999) s += big[i];
  return s + before + after + big[9999];
}
int main(void) {
  printf("%d\n", deep(2));
  struct blob b = make_blob(3);
  printf("%d %d\n", sum_blob(b), b.data[1499]);
  double arr[600];
  long long ll[300];
  for (int i = 0; i < 600; i++) arr[i] = i * 0.5;
  for (int i = 0; i < 300; i++) ll[i] = (long long)i << 33;
  printf("%.1f %lld\n", arr[599], ll[299] >> 33);
  int tail = 42;
  printf("%d\n", tail);
  return 0;
}
