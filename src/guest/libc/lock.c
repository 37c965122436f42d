/* libc's own lock, for the state all threads share: the malloc free lists
 * and the stdio streams. Off (free) until the first pthread_create; then a
 * recursive futex lock, since stdio calls itself (printf -> fwrite). */
#include "internal.h"
#include <pthread.h>

int __libc_threads;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_t owner;
static int depth;

void __libc_lock(void) {
  if (!__libc_threads) return;
  pthread_t me = pthread_self();
  if (owner == me) {
    depth++;
    return;
  }
  pthread_mutex_lock(&lock);
  owner = me;
  depth = 1;
}

void __libc_unlock(void) {
  if (!__libc_threads) return;
  if (--depth == 0) {
    owner = 0;
    pthread_mutex_unlock(&lock);
  }
}
