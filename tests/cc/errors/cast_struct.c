// expect: 5:11: error: used type 'struct s' where arithmetic or pointer type is required
struct s { int a; };
int main(void) {
  int x = 1;
  return ((struct s)x).a;
}
