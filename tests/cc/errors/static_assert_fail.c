// expect: 3:1: error: static assertion failed: int is 4 bytes
struct s { char c[3]; };
_Static_assert(sizeof(struct s) == 4, "int is 4 bytes");
