// expect: 3:9: error: function cannot return array type 'int[3]'
typedef int three[3];
three f(void);
