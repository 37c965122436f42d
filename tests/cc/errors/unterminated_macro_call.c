// expect: 4:10: error: unterminated function-like macro invocation
#define F(x) x
int main(void) {
  return F(1;
}
