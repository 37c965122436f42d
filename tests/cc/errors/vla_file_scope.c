// expect: 3:7: error: variable length array declaration not allowed at file scope
int n = 3;
int a[n];
