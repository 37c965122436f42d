// expect: 4:10: error: indirection requires pointer operand ('int' invalid)
int main(void) {
  int x = 3;
  return *x;
}
