// expect: 3:8: error: redefinition of 'point'
struct point { int x; };
struct point { int y; };
