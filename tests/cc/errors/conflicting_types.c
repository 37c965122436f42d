// expect: 3:6: error: conflicting types for 'f'
int f(int);
long f(int x) { return x; }
