int fork(void);
int printf(const char *, ...);
int main(void) {
  int x = 1;
  if (fork() == 0) { x = 2; printf("child %d\n", x); return 0; }
  printf("parent %d\n", x);
  return 0;
}
