// expect: 3:5: error: redefinition of 'count' as different kind of symbol
typedef int count;
int count;
