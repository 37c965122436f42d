// expect: 5:12: error: invalid operands to binary expression ('int *' and 'int')
int main(void) {
  int x = 2;
  int *p = &x;
  return p * 2;
}
