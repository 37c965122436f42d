// expect: 4:10: error: invalid application of 'sizeof' to an incomplete type 'struct opaque'
struct opaque;
int main(void) {
  return sizeof(struct opaque);
}
