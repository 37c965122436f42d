/* The classic fork bomb, with no way out: only the lab's instruction budget
 * (forklab run --max-insns) and its stop button end it. */
#include <unistd.h>

int main(void) {
  for (;;) fork();
}
