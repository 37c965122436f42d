// expect: 3:7: error: use of 'thing' with tag type that does not match previous declaration
struct thing { int a; };
union thing *p;
