// expect: 3:11: error: width of bit-field 'a' exceeds the width of its type
struct s {
  int a : 40;
};
