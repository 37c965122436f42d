// expect: 2:10: error: 'nosuchheader.h' file not found
#include "nosuchheader.h"
int main(void) { return 0; }
