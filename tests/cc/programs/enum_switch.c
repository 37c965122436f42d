#include <stdio.h>
typedef enum { IDLE, RUNNING, SLEEPING, ZOMBIE } state_t;
const char *state_name(state_t s) {
  switch (s) {
    case IDLE: return "idle";
    case RUNNING: return "R";
    case SLEEPING: return "S";
    case ZOMBIE: return "Z";
  }
  return "?";
}
int main(void) {
  state_t states[] = {RUNNING, ZOMBIE, SLEEPING, IDLE};
  for (int i = 0; i < 4; i++) printf("%s ", state_name(states[i]));
  printf("%d\n", ZOMBIE);
  return 0;
}
