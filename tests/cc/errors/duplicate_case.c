// expect: 6:5: error: duplicate case value '2'
int main(int argc, char **argv) {
  switch (argc) {
    case 1: return 1;
    case 2: return 2;
    case 2: return 3;
  }
  return 0;
}
