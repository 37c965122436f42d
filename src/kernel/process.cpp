#include "kernel/process.h"

namespace forklab::kernel {

char state_letter(ProcState state) {
  switch (state) {
    case ProcState::running: return 'R';
    case ProcState::sleeping: return 'S';
    case ProcState::disk: return 'D';
    case ProcState::stopped: return 'T';
    case ProcState::zombie: return 'Z';
  }
  return '?';
}

const char* wait_kind_name(WaitKind kind) {
  switch (kind) {
    case WaitKind::none: return "-";
    case WaitKind::child: return "do_wait";
    case WaitKind::pipe_read: return "pipe_read";
    case WaitKind::pipe_write: return "pipe_write";
    case WaitKind::tty_read: return "n_tty_read";
    case WaitKind::timer: return "hrtimer_nanosleep";
    case WaitKind::vfork: return "vfork";
    case WaitKind::pause: return "sigsuspend";
    case WaitKind::futex: return "futex_wait_queue";
  }
  return "?";
}

}  // namespace forklab::kernel
