// expect: 4:9: error: variable length arrays are not supported
int main(int argc, char **argv) {
  int n = argc;
  int a[n];
  return 0;
}
