// expect: 4:16: error: variable has incomplete type 'struct later'
struct later;
int main(void) {
  struct later v;
  return 0;
}
