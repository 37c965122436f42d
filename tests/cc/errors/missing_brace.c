// expect: 4:1: error: expected '}' at end of input
int main(void) {
  return 0;
