// expect: 3:3: error: 'case' statement not in switch statement
int main(void) {
  case 1: return 0;
}
