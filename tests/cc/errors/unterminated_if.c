// expect: 2:2: error: unterminated conditional directive
#ifdef SOMETHING
int x;
