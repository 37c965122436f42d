// expect: 3:8: error: use of undeclared label 'done'
int main(void) {
  goto done;
}
