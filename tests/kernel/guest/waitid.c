/* waitid: WNOWAIT peeks at a zombie and leaves it; WNOHANG does not block. */
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
  pid_t pid = fork();
  if (pid == 0) {
    sleep(1);
    _exit(9);
  }
  siginfo_t si;
  si.si_pid = -1;
  int r = waitid(P_PID, pid, &si, WEXITED | WNOHANG);
  printf("WNOHANG: %d, nobody yet: %d\n", r, si.si_pid == 0);
  r = waitid(P_ALL, 0, &si, WEXITED | WNOWAIT);
  printf("WNOWAIT: %d, code exited: %d, status %d, right pid: %d\n", r, si.si_code == CLD_EXITED,
         si.si_status, si.si_pid == pid);
  int status;
  printf("still there for waitpid: %d, status %d\n", waitpid(pid, &status, 0) == pid, WEXITSTATUS(status));
  printf("then nothing: %d\n", waitid(P_ALL, 0, &si, WEXITED));
  return 0;
}
