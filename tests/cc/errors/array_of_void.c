// expect: 3:8: error: array has incomplete element type 'void'
// arrays of void are not allowed
void a[3];
