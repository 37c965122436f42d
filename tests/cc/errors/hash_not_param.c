// expect: 2:16: error: '#' is not followed by a macro parameter
#define STR(x) # y
const char *s = STR(a);
