// expect: 5:1: error: redefinition of label 'again'
int main(void) {
again:
  ;
again:
  return 0;
}
