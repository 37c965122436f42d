// expect: 5:12: error: invalid operands to binary expression ('int *' and 'int *')
int main(void) {
  int a[2];
  int *p = a, *q = a + 1;
  return p + q ? 1 : 0;
}
