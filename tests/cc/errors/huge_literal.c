// expect: 3:10: error: integer literal is too large to be represented in any integer type
int main(void) {
  return 123456789012345678901234567890;
}
