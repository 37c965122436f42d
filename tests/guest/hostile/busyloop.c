/* Spins forever without a system call: only the instruction budget
 * (--max-insns) or the lab's stop button ends it. */
int main(void) {
  volatile unsigned n = 0;
  for (;;) n++;
}
