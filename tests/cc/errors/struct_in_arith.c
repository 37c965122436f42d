// expect: 5:12: error: invalid operands to binary expression ('struct s' and 'int')
struct s { int a; };
int main(void) {
  struct s v;
  return v + 1;
}
