// expect: 4:9: error: expression is not assignable
int main(void) {
  int a = 1;
  a + 1 = 5;
  return a;
}
