// expect: 3:3: error: 'break' statement not in loop or switch statement
int main(void) {
  break;
}
