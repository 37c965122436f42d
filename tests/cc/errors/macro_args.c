// expect: 4:10: error: too few arguments provided to function-like macro invocation
#define MAX(a, b) ((a) > (b) ? (a) : (b))
int main(void) {
  return MAX(1);
}
