// expect: 6:5: error: multiple default labels in one switch
int main(int argc, char **argv) {
  switch (argc) {
    default: break;
    case 1: break;
    default: break;
  }
  return 0;
}
