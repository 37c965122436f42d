// expect: 4:16: error: field has incomplete type 'struct inner'
struct inner;
struct outer {
  struct inner in;
};
