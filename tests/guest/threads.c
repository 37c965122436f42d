/* pthreads: create/join with results, a mutex that keeps a shared counter
 * exact, a condition variable queue, pthread_once, and malloc used from
 * several threads at once. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define THREADS 4
#define ROUNDS 20000

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static long counter;

static void *add(void *arg) {
  for (int i = 0; i < ROUNDS; i++) {
    pthread_mutex_lock(&lock);
    counter++;
    pthread_mutex_unlock(&lock);
  }
  return (void *)((long)arg * 10);
}

static pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t nonempty = PTHREAD_COND_INITIALIZER;
static int queue[8], head, count, done;
static long consumed_sum;

static void *consumer(void *arg) {
  for (;;) {
    pthread_mutex_lock(&qlock);
    while (count == 0 && !done) pthread_cond_wait(&nonempty, &qlock);
    if (count == 0 && done) {
      pthread_mutex_unlock(&qlock);
      return 0;
    }
    consumed_sum += queue[head];
    head = (head + 1) % 8;
    count--;
    pthread_mutex_unlock(&qlock);
  }
}

static int once_calls;
static void init_once(void) { once_calls++; }
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void *churn(void *arg) {
  int bad = 0;
  for (int i = 0; i < 2000; i++) {
    pthread_once(&once, init_once);
    size_t n = 16 + (size_t)(i * 37 % 500);
    unsigned char *p = malloc(n);
    memset(p, (int)(long)arg, n);
    for (size_t k = 0; k < n; k++) bad += p[k] != (unsigned char)(long)arg;
    free(p);
  }
  return (void *)(long)bad;
}

int main(void) {
  pthread_t t[THREADS];
  for (long i = 0; i < THREADS; i++) pthread_create(&t[i], 0, add, (void *)i);
  long results = 0;
  for (int i = 0; i < THREADS; i++) {
    void *r;
    pthread_join(t[i], &r);
    results += (long)r;
  }
  printf("counter %ld (expected %d), results %ld\n", counter, THREADS * ROUNDS, results);

  pthread_t c;
  pthread_create(&c, 0, consumer, 0);
  long produced = 0;
  for (int i = 1; i <= 100; i++) {
    pthread_mutex_lock(&qlock);
    while (count == 8) {
      pthread_mutex_unlock(&qlock);
      sched_yield();
      pthread_mutex_lock(&qlock);
    }
    queue[(head + count) % 8] = i;
    count++;
    produced += i;
    pthread_cond_signal(&nonempty);
    pthread_mutex_unlock(&qlock);
  }
  pthread_mutex_lock(&qlock);
  done = 1;
  pthread_cond_broadcast(&nonempty);
  pthread_mutex_unlock(&qlock);
  pthread_join(c, 0);
  printf("queue: produced %ld, consumed %ld\n", produced, consumed_sum);

  long bad = 0;
  for (long i = 0; i < THREADS; i++) pthread_create(&t[i], 0, churn, (void *)(i + 1));
  for (int i = 0; i < THREADS; i++) {
    void *r;
    pthread_join(t[i], &r);
    bad += (long)r;
  }
  printf("malloc from %d threads: %ld bad bytes, once ran %d time(s)\n", THREADS, bad, once_calls);
  printf("self is main: %d\n", pthread_equal(pthread_self(), pthread_self()));
  return 0;
}
