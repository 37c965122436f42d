// expect: 4:10: error: use of undeclared identifier 'y'
int main(void) {
  int x = 1;
  return y;
}
