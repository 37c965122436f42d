// expect: 4:10: error: incomplete type 'void' is not assignable
int main(void) {
  void *p = 0;
  return *p;
}
