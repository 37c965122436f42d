int main(void) {
  int x = 7;
  return x * 6;
}
