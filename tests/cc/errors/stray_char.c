// expect: 3:13: error: stray '@' in program
int main(void) {
  int x = 1 @ 2;
  return x;
}
