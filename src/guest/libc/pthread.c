/* POSIX threads.
 *
 * A thread is a clone() sharing memory, files and signal handlers
 * (CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM),
 * with its own mmap'd stack. Its struct pthread is its thread pointer (tp,
 * CLONE_SETTLS); the kernel writes its tid there (CLONE_PARENT_SETTID) and
 * clears it and wakes futex waiters when the thread ends
 * (CLONE_CHILD_CLEARTID), which is what pthread_join waits for.
 * Mutexes and condition variables are futex words (Drepper, "Futexes Are
 * Tricky"). The first pthread_create turns on libc's internal lock for
 * malloc and stdio (lock.c). */
#include "internal.h"
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

struct pthread {
  volatile int tid; /* 0 once the thread has ended */
  void *(*fn)(void *);
  void *arg;
  void *result;
  void *stack;
  size_t stack_size;
  int detached;
};

#define DEFAULT_STACK (64 * 1024)

int __atomic_cas32(volatile int *p, int expected, int desired);
int __atomic_swap32(volatile int *p, int v);
int __atomic_add32(volatile int *p, int v);
void *__get_tp(void);

static struct pthread main_thread;

static long futex_wait(volatile int *addr, int value) {
  return __syscall4(SYS(futex_time64), (long)addr, ABI_FUTEX_WAIT | ABI_FUTEX_PRIVATE_FLAG, value, 0);
}

/* The kernel's wake for CLONE_CHILD_CLEARTID is a shared (non-private)
 * futex wake, and a private waiter has a different futex key: pthread_join
 * must wait without FUTEX_PRIVATE_FLAG (glibc does the same). */
static long futex_wait_shared(volatile int *addr, int value) {
  return __syscall4(SYS(futex_time64), (long)addr, ABI_FUTEX_WAIT, value, 0);
}

static void futex_wake(volatile int *addr, int count) {
  __syscall3(SYS(futex_time64), (long)addr, ABI_FUTEX_WAKE | ABI_FUTEX_PRIVATE_FLAG, count);
}

pthread_t pthread_self(void) {
  struct pthread *t = __get_tp();
  if (!t) {
    t = &main_thread;
    if (!t->tid) t->tid = getpid();
  }
  return t;
}

int pthread_equal(pthread_t a, pthread_t b) { return a == b; }

int pthread_attr_init(pthread_attr_t *attr) {
  attr->stack_size = DEFAULT_STACK;
  attr->detached = 0;
  return 0;
}
int pthread_attr_destroy(pthread_attr_t *attr) { return 0; }
int pthread_attr_setstacksize(pthread_attr_t *attr, size_t size) {
  if (size < 4096) return EINVAL;
  attr->stack_size = size;
  return 0;
}
int pthread_attr_setdetachstate(pthread_attr_t *attr, int state) {
  attr->detached = state == PTHREAD_CREATE_DETACHED;
  return 0;
}

/* Threads that have not ended, the main one included. */
static volatile int running_threads = 1;

/* As POSIX says: the process ends (exit(0), atexit handlers and stdio
 * flushing included) when its last thread ends; any other thread, the
 * main one too, ends alone with the exit system call. */
void pthread_exit(void *result) {
  struct pthread *t = pthread_self();
  t->result = result;
  if (__atomic_add32(&running_threads, -1) == 1) exit(0);
  /* A detached thread's stack and struct are not freed: it would have to
   * unmap the stack it is running on. */
  for (;;) __syscall1(SYS(exit), 0);
}

static int start_thread(void *arg) {
  struct pthread *t = arg;
  pthread_exit(t->fn(t->arg));
  return 0;
}

int pthread_create(pthread_t *out, const pthread_attr_t *attr, void *(*fn)(void *), void *arg) {
  size_t size = attr ? attr->stack_size : DEFAULT_STACK;
  size = (size + 4095) & ~(size_t)4095;
  struct pthread *t = calloc(1, sizeof *t);
  if (!t) return EAGAIN;
  void *stack = mmap(0, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (stack == MAP_FAILED) {
    free(t);
    return EAGAIN;
  }
  t->fn = fn;
  t->arg = arg;
  t->stack = stack;
  t->stack_size = size;
  t->detached = attr && attr->detached;
  __libc_threads = 1;
  __atomic_add32(&running_threads, 1);
  int flags = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM |
              CLONE_SETTLS | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID;
  int tid = clone(start_thread, (char *)stack + size, flags, t, &t->tid, t, &t->tid);
  if (tid < 0) {
    int e = errno;
    __atomic_add32(&running_threads, -1);
    munmap(stack, size);
    free(t);
    return e;
  }
  *out = t;
  return 0;
}

int pthread_join(pthread_t t, void **result) {
  if (t == pthread_self()) return EDEADLK;
  int tid;
  while ((tid = t->tid) != 0) futex_wait_shared(&t->tid, tid);
  if (result) *result = t->result;
  munmap(t->stack, t->stack_size);
  free(t);
  return 0;
}

int pthread_detach(pthread_t t) {
  t->detached = 1;
  return 0;
}

int pthread_mutex_init(pthread_mutex_t *m, const pthread_mutexattr_t *attr) {
  m->state = 0;
  return 0;
}
int pthread_mutex_destroy(pthread_mutex_t *m) { return 0; }

int pthread_mutex_lock(pthread_mutex_t *m) {
  int c = __atomic_cas32(&m->state, 0, 1);
  if (c == 0) return 0;
  /* contended: mark it 2 (waiters) and sleep until we take it as 2 */
  do {
    if (c == 2 || __atomic_cas32(&m->state, 1, 2) != 0) futex_wait(&m->state, 2);
  } while ((c = __atomic_cas32(&m->state, 0, 2)) != 0);
  return 0;
}

int pthread_mutex_trylock(pthread_mutex_t *m) {
  return __atomic_cas32(&m->state, 0, 1) == 0 ? 0 : EBUSY;
}

int pthread_mutex_unlock(pthread_mutex_t *m) {
  if (__atomic_swap32(&m->state, 0) == 2) futex_wake(&m->state, 1);
  return 0;
}

int pthread_cond_init(pthread_cond_t *c, const pthread_condattr_t *attr) {
  c->seq = 0;
  return 0;
}
int pthread_cond_destroy(pthread_cond_t *c) { return 0; }

/* Sleep until the sequence number moves; a signal that comes between the
 * unlock and the wait changes it, so the wait returns at once. Spurious
 * wake-ups are allowed by POSIX: callers loop on their condition. */
int pthread_cond_wait(pthread_cond_t *c, pthread_mutex_t *m) {
  int seq = c->seq;
  pthread_mutex_unlock(m);
  futex_wait(&c->seq, seq);
  pthread_mutex_lock(m);
  return 0;
}

int pthread_cond_signal(pthread_cond_t *c) {
  __atomic_add32(&c->seq, 1);
  futex_wake(&c->seq, 1);
  return 0;
}

int pthread_cond_broadcast(pthread_cond_t *c) {
  __atomic_add32(&c->seq, 1);
  futex_wake(&c->seq, 0x7fffffff);
  return 0;
}

/* once: 0 not run, 1 running, 2 done. */
int pthread_once(pthread_once_t *once, void (*fn)(void)) {
  if (once->state == 2) return 0;
  if (__atomic_cas32(&once->state, 0, 1) == 0) {
    fn();
    __atomic_swap32(&once->state, 2);
    futex_wake(&once->state, 0x7fffffff);
    return 0;
  }
  int s;
  while ((s = once->state) != 2) futex_wait(&once->state, s);
  return 0;
}
