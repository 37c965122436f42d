// expect: 4:11: error: subscripted value is not an array, pointer, or vector
int main(void) {
  int x = 5;
  return x[1];
}
