// expect: 2:1: error: unknown type name 'uint32'
uint32 counter;
int main(void) { return 0; }
