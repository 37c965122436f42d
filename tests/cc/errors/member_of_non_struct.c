// expect: 4:11: error: member reference base type 'int' is not a structure or union
int main(void) {
  int x = 0;
  return x.field;
}
