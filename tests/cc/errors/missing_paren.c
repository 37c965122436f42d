// expect: 3:19: error: expected ')'
int main(void) {
  if ((1 + 2) * 3 {
    return 1;
  }
}
