// exit, zombies, reparenting to init, wait4 and signals' default actions.
#include <algorithm>

#include "kernel/abi/errno.h"
#include "kernel/abi/process.h"
#include "kernel/abi/signal.h"
#include "kernel/kernel.h"

namespace forklab::kernel {
namespace {

constexpr i32 kInitPid = 1;

enum class DefaultAction { term, core, stop, cont, ignore };

// signal(7)'s table of default actions.
DefaultAction default_action(int sig) {
  switch (sig) {
    case ABI_SIGQUIT: case ABI_SIGILL: case ABI_SIGTRAP: case ABI_SIGABRT: case ABI_SIGBUS:
    case ABI_SIGFPE: case ABI_SIGSEGV: case ABI_SIGXCPU: case ABI_SIGXFSZ: case ABI_SIGSYS:
      return DefaultAction::core;
    case ABI_SIGSTOP: case ABI_SIGTSTP: case ABI_SIGTTIN: case ABI_SIGTTOU:
      return DefaultAction::stop;
    case ABI_SIGCONT:
      return DefaultAction::cont;
    case ABI_SIGCHLD: case ABI_SIGURG: case ABI_SIGWINCH:
      return DefaultAction::ignore;
    default:
      return DefaultAction::term;
  }
}

u64 sig_bit(int sig) { return 1ull << (sig - 1); }

bool ignores(const Process& p, int sig) {
  const SignalAction& a = p.actions[usize(sig)];
  return a.handler == ABI_SIG_IGN ||
         (a.handler == ABI_SIG_DFL && default_action(sig) == DefaultAction::ignore);
}

void free_slot(Kernel& k, Process& child, i32 reaper) {
  emit(k, EventKind::reap, reaper, {u32(child.pid), child.wait_status});
  child = Process{};
}

// Does `child` match wait4's pid selector for `parent`?
bool matches(const Process& parent, const Process& child, i32 selector) {
  if (!child.live || child.ppid != parent.pid) return false;
  if (selector > 0) return child.pid == selector;
  if (selector == -1) return true;
  if (selector == 0) return child.pgid == parent.pgid;
  return child.pgid == -selector;
}

}  // namespace

void exit_process(Kernel& k, Process& p, u32 wait_status) {
  if (!p.live || p.state == ProcState::zombie) return;
  for (usize fd = 0; fd < p.fds.fds.size(); ++fd) close_fd(k, p, int(fd));
  k.fs.close_inode(p.cwd);
  p.cwd = kNoInode;
  release_address_space(k, p.mm);
  p.mm = 0;
  if (Process* waiting = find_process(k, p.vfork_parent)) {
    make_runnable(k, *waiting);  // vfork: the parent may go on
  }
  p.vfork_parent = 0;

  // Orphans: init adopts them (and reaps them if they are already zombies).
  for (Process& c : k.procs) {
    if (!c.live || c.ppid != p.pid) continue;
    c.ppid = kInitPid;
    emit(k, EventKind::reparent, c.pid, {u32(c.pid), u32(p.pid), u32(kInitPid)});
    if (c.state == ProcState::zombie) wake_all(k, WaitChannel{WaitKind::child, u32(kInitPid)});
  }

  p.state = ProcState::zombie;
  p.channel = {};
  p.wait_status = wait_status;
  emit(k, EventKind::exit, p.pid, {wait_status});
  if (p.pid == k.watched_pid) k.watched_status = i32(wait_status);

  Process* parent = find_process(k, p.ppid);
  if (!parent || p.pid == kInitPid) {
    free_slot(k, p, 0);  // nobody can wait for it
    return;
  }
  const SignalAction& chld = parent->actions[ABI_SIGCHLD];
  if (chld.handler == ABI_SIG_IGN || (chld.flags & ABI_SA_NOCLDWAIT)) {
    free_slot(k, p, parent->pid);  // POSIX: the child is reaped at once
    return;
  }
  emit(k, EventKind::zombie, p.pid, {u32(parent->pid)});
  if (p.exit_signal != 0) send_signal(k, *parent, int(p.exit_signal), p.pid);
  wake_all(k, WaitChannel{WaitKind::child, u32(parent->pid)});
}

void send_signal(Kernel& k, Process& target, int sig, i32 from_pid) {
  if (!target.live || target.state == ProcState::zombie || sig <= 0 || sig > kSignalCount) return;
  emit(k, EventKind::signal_sent, from_pid, {u32(sig), u32(target.pid), 0});
  // init gets only the signals it has handlers for (as on Linux), but a
  // fault of its own still ends it.
  if (target.pid == kInitPid && from_pid != 0 &&
      target.actions[usize(sig)].handler == ABI_SIG_DFL) {
    return;
  }
  if (sig == ABI_SIGCONT && target.state == ProcState::stopped) make_runnable(k, target);
  if (ignores(target, sig) && sig != ABI_SIGKILL) return;  // discarded at once
  target.pending |= sig_bit(sig);
  bool deliverable = !(target.blocked & sig_bit(sig)) || sig == ABI_SIGKILL;
  bool interruptible = target.state == ProcState::sleeping ||
                       (sig == ABI_SIGKILL && target.state != ProcState::running);
  if (deliverable && interruptible) {
    // A blocked system call is interrupted; it restarts or fails with
    // EINTR when the process next runs.
    make_runnable(k, target);
  }
}

void deliver_signals(Kernel& k, Process& p) {
  while (p.live && p.state != ProcState::zombie) {
    u64 ready = p.pending & (~p.blocked | sig_bit(ABI_SIGKILL) | sig_bit(ABI_SIGSTOP));
    if (ready == 0) return;
    int sig = 1;
    while (!(ready & sig_bit(sig))) ++sig;
    p.pending &= ~sig_bit(sig);
    const SignalAction& action = p.actions[usize(sig)];
    bool forced = sig == ABI_SIGKILL || sig == ABI_SIGSTOP;
    if (!forced && action.handler == ABI_SIG_IGN) continue;
    if (!forced && action.handler != ABI_SIG_DFL) {
      // Handlers arrive with the signals work (signal frames on the guest
      // stack); until then a caught signal is recorded and dropped.
      emit(k, EventKind::signal_delivered, p.pid, {u32(sig), 3, action.handler}, "handler");
      continue;
    }
    DefaultAction what = forced && sig == ABI_SIGKILL ? DefaultAction::term : default_action(sig);
    emit(k, EventKind::signal_delivered, p.pid, {u32(sig), u32(what), 0});
    switch (what) {
      case DefaultAction::term:
      case DefaultAction::core:
        exit_process(k, p, u32(sig));  // killed by a signal: status is the number
        return;
      case DefaultAction::stop:
        p.state = ProcState::stopped;
        return;
      case DefaultAction::cont:
      case DefaultAction::ignore:
        break;
    }
  }
}

// ---- System calls ---------------------------------------------------------------------

i32 sys_wait4(Kernel& k, Process& p, i32 selector, u32 status_ptr, u32 options, u32 rusage_ptr,
              bool* block) {
  if (options & ~u32(ABI_WNOHANG | ABI_WUNTRACED | ABI_WCONTINUED | ABI_WALL | ABI_WCLONE)) {
    return -ABI_EINVAL;
  }
  if (selector == INT32_MIN) return -ABI_ESRCH;
  Process* found = nullptr;
  bool any = false;
  for (Process& c : k.procs) {
    if (!matches(p, c, selector)) continue;
    any = true;
    if (c.state == ProcState::zombie &&
        (!found || c.start_time_ns < found->start_time_ns ||
         (c.start_time_ns == found->start_time_ns && c.pid < found->pid))) {
      found = &c;
    }
  }
  if (!any) return -ABI_ECHILD;
  if (!found) {
    if (options & ABI_WNOHANG) return 0;
    *block = true;
    return 0;
  }
  if (status_ptr != 0) {
    u32 status = found->wait_status;
    KResult<void> w = copy_out(k, p, status_ptr, {reinterpret_cast<const u8*>(&status), 4});
    if (!w.ok()) return -w.error();
  }
  if (rusage_ptr != 0) {
    abi_rusage ru{};
    u64 ut = found->utime_insns * kNsPerInsn / 1000, st = found->stime_insns * kNsPerInsn / 1000;
    ru.ru_utime = {abi_long(ut / 1000000), abi_long(ut % 1000000)};
    ru.ru_stime = {abi_long(st / 1000000), abi_long(st % 1000000)};
    ru.ru_minflt = abi_long(found->minor_faults + found->cow_faults);
    KResult<void> w = copy_out(k, p, rusage_ptr, {reinterpret_cast<const u8*>(&ru), sizeof ru});
    if (!w.ok()) return -w.error();
  }
  i32 pid = found->pid;
  p.children_utime_insns += found->utime_insns + found->children_utime_insns;
  p.children_stime_insns += found->stime_insns + found->children_stime_insns;
  free_slot(k, *found, p.pid);
  return pid;
}

i32 sys_kill(Kernel& k, Process& p, i32 pid, int sig) {
  if (sig < 0 || sig > kSignalCount) return -ABI_EINVAL;
  bool any = false;
  for (Process& t : k.procs) {
    if (!t.live) continue;
    bool hit = pid > 0    ? t.pid == pid
               : pid == 0 ? t.pgid == p.pgid
               : pid == -1 ? t.pid != kInitPid && t.pid != p.pid
                           : t.pgid == -pid;
    if (!hit) continue;
    any = true;
    if (sig != 0) send_signal(k, t, sig, p.pid);
  }
  return any ? 0 : -ABI_ESRCH;
}

}  // namespace forklab::kernel
