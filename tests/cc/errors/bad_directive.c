// expect: 2:2: error: invalid preprocessing directive #incldue
#incldue <stdio.h>
int main(void) { return 0; }
