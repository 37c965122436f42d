// expect: 4:10: error: returning 'int' from incompatible type 'struct r'
struct r { int v; };
int f(struct r x) {
  return x;
}
