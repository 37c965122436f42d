// expect: 5:5: error: array type 'int[3]' is not assignable
int main(void) {
  int a[3];
  int b[3];
  a = b;
  return 0;
}
