// expect: 5:12: error: expected identifier
struct s { int a; };
int main(void) {
  struct s v = {1};
  return v.;
}
