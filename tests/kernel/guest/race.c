/* The lesson's data race: two threads add 1 to a shared counter 100 000
 * times each. With "mutex" each addition holds a lock and the total is
 * exact; without it, a thread preempted between its load and its store
 * writes back a stale value and the other's additions are lost. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define ROUNDS 100000

static volatile long counter; /* volatile: one load and one store per addition */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static int use_mutex;

static void *add(void *arg) {
  for (int i = 0; i < ROUNDS; i++) {
    if (use_mutex) pthread_mutex_lock(&lock);
    counter = counter + 1;
    if (use_mutex) pthread_mutex_unlock(&lock);
  }
  return arg;
}

int main(int argc, char **argv) {
  use_mutex = argc > 1 && strcmp(argv[1], "mutex") == 0;
  pthread_t a, b;
  pthread_create(&a, 0, add, 0);
  pthread_create(&b, 0, add, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  printf("%s: counter %ld of %d\n", use_mutex ? "mutex" : "no mutex", counter, 2 * ROUNDS);
  return 0;
}
