// expect: 3:11: error: invalid digit '9' in octal constant
int main(void) {
  int x = 0129;
  return x;
}
