/* The terminal and job control, on a pseudo-terminal: the settings a
 * terminal starts with, raw mode (TCSETS without ICANON), the window
 * size, and a background process group that reads the terminal:
 * SIGTTIN stops it, or, if it ignores SIGTTIN, its read fails with EIO. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

int main(void) {
  struct termios t, saved;
  struct winsize ws;
  int status;
  printf("stdin is a tty: %d\n", isatty(0));
  tcgetattr(0, &saved);
  printf("canonical with echo: %d, ^C is VINTR: %d\n", (saved.c_lflag & (ICANON | ECHO)) == (ICANON | ECHO),
         saved.c_cc[VINTR] == 3);
  t = saved;
  t.c_lflag &= ~(ICANON | ECHO);
  t.c_cc[VMIN] = 0;
  t.c_cc[VTIME] = 0;
  tcsetattr(0, TCSANOW, &t);
  tcgetattr(0, &t);
  char c;
  printf("raw mode set: %d\n", !(t.c_lflag & ICANON) && t.c_cc[VMIN] == 0);
  tcsetattr(0, TCSANOW, &saved);
  tcgetattr(0, &t);
  printf("canonical again: %d\n", (t.c_lflag & ICANON) != 0);
  printf("TIOCGWINSZ: %d\n", ioctl(0, TIOCGWINSZ, &ws));
  printf("we are the foreground group: %d\n", tcgetpgrp(0) == getpgrp());

  fflush(stdout);
  pid_t pid = fork();
  if (pid == 0) {
    setpgid(0, 0);  /* a background job of its own */
    read(0, &c, 1);
    _exit(0);
  }
  setpgid(pid, pid);
  waitpid(pid, &status, WUNTRACED);
  printf("background read: stopped by SIGTTIN %d\n", WIFSTOPPED(status) && WSTOPSIG(status) == SIGTTIN);
  kill(pid, SIGKILL);
  waitpid(pid, &status, 0);

  pid = fork();
  if (pid == 0) {
    setpgid(0, 0);
    signal(SIGTTIN, SIG_IGN);
    errno = 0;
    int n = (int)read(0, &c, 1);
    printf("background read with SIGTTIN ignored: %d EIO %d\n", n, errno == EIO);
    _exit(0);
  }
  waitpid(pid, &status, 0);
  printf("still the foreground group: %d\n", tcgetpgrp(0) == getpgrp());
  return 0;
}
