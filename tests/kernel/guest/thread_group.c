/* Thread groups: one pid and many tids; /proc/self/task lists the threads;
 * exit ends one thread and exit_group (exit()) all of them; a signal sent
 * to the process ends every thread; the main thread may end first and the
 * process goes on until its last thread ends. */
#include <dirent.h>
#include <errno.h>
#include <time.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static pid_t main_pid;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t go = PTHREAD_COND_INITIALIZER;
static int released, ready;

static void *wait_for_go(void *arg) {
  pthread_mutex_lock(&lock);
  ready++;
  pthread_cond_broadcast(&go);
  while (!released) pthread_cond_wait(&go, &lock);
  pthread_mutex_unlock(&lock);
  return (void *)(long)(getpid() == main_pid && gettid() != main_pid);
}

static int count_tasks(void) {
  DIR *d = opendir("/proc/self/task");
  if (!d) return -1;
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d)) != 0) n += e->d_name[0] != '.';
  closedir(d);
  return n;
}

static void *spin(void *arg) {
  for (;;) {
  }
}

static void *exit_seven(void *arg) {
  usleep(1000);
  exit(7); /* exit_group: the main thread, blocked in join, ends too */
  return 0;
}

static void *outlive_main(void *arg) {
  usleep(5000);
  printf("thread: still running after main's pthread_exit, pid %s\n",
         getpid() == (pid_t)(long)arg ? "unchanged" : "changed");
  return 0;
}

static void *run_echo(void *arg) {
  execl("/bin/echo", "echo", "exec from a thread: the other threads are gone", (char *)0);
  return 0;
}

/* After main's pthread_exit, this thread forks and reaps a child: the
 * process's children belong to all its threads. */
static void *reap_for_main(void *arg) {
  pid_t pid = fork();
  if (pid == 0) _exit(4);
  int status = 0;
  pid_t got = waitpid(pid, &status, 0);
  printf("thread reaped its child after main ended: %d, status %d\n", got == pid, WEXITSTATUS(status));
  return 0;
}

static void report(const char *what, pid_t pid) {
  int status;
  waitpid(pid, &status, 0);
  if (WIFEXITED(status)) printf("%s: exited %d\n", what, WEXITSTATUS(status));
  else printf("%s: killed by signal %d\n", what, WTERMSIG(status));
}

/* With "ps": run `ps -L -p PID` while two more threads wait. */
static void show_ps(void) {
  char pid[16];
  snprintf(pid, sizeof pid, "%d", (int)main_pid);
  fflush(stdout);
  pid_t child = fork();
  if (child == 0) {
    execl("/bin/ps", "ps", "-L", "-p", pid, (char *)0);
    _exit(127);
  }
  waitpid(child, 0, 0);
}

int main(int argc, char **argv) {
  main_pid = getpid();
  printf("set_tid_address returns the tid: %d\n", syscall(SYS_set_tid_address, (void *)0) == gettid());
  /* futex_time64 on its own: a changed word, a timeout, a wake of nobody. */
  int word = 1;
  struct timespec ten_ms = {0, 10000000};
  struct timespec t0, t1;
  long r1 = syscall(SYS_futex_time64, &word, 0 /* FUTEX_WAIT */, 2, 0);
  int e1 = errno;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  long r2 = syscall(SYS_futex_time64, &word, 0 /* FUTEX_WAIT */, 1, &ten_ms);
  int e2 = errno;
  clock_gettime(CLOCK_MONOTONIC, &t1);
  long waited_ms = (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
  printf("futex: wait on a changed word %s, a 10 ms wait %s after %s10 ms, wake of nobody %ld\n",
         r1 == -1 && e1 == EAGAIN ? "EAGAIN" : "?", r2 == -1 && e2 == ETIMEDOUT ? "ETIMEDOUT" : "?",
         waited_ms >= 10 && waited_ms < 12 ? "" : "not ", syscall(SYS_futex_time64, &word, 1 /* FUTEX_WAKE */, 1));
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], 0, wait_for_go, 0);
  pthread_mutex_lock(&lock);
  while (ready < 2) pthread_cond_wait(&go, &lock);
  printf("threads in /proc/self/task: %d\n", count_tasks());
  if (argc > 1) show_ps();
  released = 1;
  pthread_cond_broadcast(&go);
  pthread_mutex_unlock(&lock);
  long same = 0;
  for (int i = 0; i < 2; i++) {
    void *r;
    pthread_join(t[i], &r);
    same += (long)r;
  }
  printf("threads with the process's pid and their own tid: %ld\n", same);
  printf("threads after join: %d\n", count_tasks());

  fflush(stdout); /* the children must not print our buffer again */
  pid_t pid = fork();
  if (pid == 0) {
    pthread_t x, y;
    pthread_create(&x, 0, spin, 0);
    pthread_create(&y, 0, exit_seven, 0);
    pthread_join(x, 0);
    return 1;
  }
  report("exit() in one thread of two", pid);

  fflush(stdout);
  pid = fork();
  if (pid == 0) {
    pthread_t x;
    pthread_create(&x, 0, spin, 0);
    pthread_create(&x, 0, spin, 0);
    for (;;) {
    }
  }
  usleep(2000);
  kill(pid, SIGTERM);
  report("SIGTERM to a process of three spinning threads", pid);

  fflush(stdout);
  pid = fork();
  if (pid == 0) {
    pthread_t x;
    pthread_create(&x, 0, spin, 0);
    pthread_create(&x, 0, run_echo, 0);
    for (;;) {
    }
  }
  report("the process that exec'd from a thread", pid);

  fflush(stdout);
  pid = fork();
  if (pid == 0) {
    pthread_t x;
    pthread_create(&x, 0, outlive_main, (void *)(long)getpid());
    pthread_create(&x, 0, reap_for_main, 0);
    pthread_exit(0);
  }
  report("main thread ended first", pid);
  return 0;
}
