// expect: 4:5: error: 'continue' statement not in loop statement
int main(int argc, char **argv) {
  switch (argc) {
    continue;
  }
}
