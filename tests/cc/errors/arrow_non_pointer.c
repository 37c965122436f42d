// expect: 5:11: error: member reference type 'struct p' is not a pointer
struct p { int a; };
int main(void) {
  struct p v = {1};
  return v->a;
}
