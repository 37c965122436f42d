// exit, zombies, reparenting to init, wait4 and signals' default actions.
#include <algorithm>

#include "kernel/abi/errno.h"
#include "kernel/abi/process.h"
#include "kernel/abi/signal.h"
#include "kernel/kernel.h"

namespace forklab::kernel {
namespace {

constexpr i32 kInitPid = 1;

void free_slot(Kernel& k, Process& child, i32 reaper) {
  emit(k, EventKind::reap, reaper, {u32(child.pid), child.wait_status});
  release_slot(k, child);
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
    c.adopted = true;
    emit(k, EventKind::reparent, c.pid, {u32(c.pid), u32(p.pid), u32(kInitPid)});
    if (c.state == ProcState::zombie) wake_all(k, WaitChannel{WaitKind::child, u32(kInitPid)});
  }

  // A process killed while it waited for the hart (the OOM killer's victim,
  // say) leaves the run queue: its pid may be reaped and reused.
  remove_from_queue(k, p.pid);
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
  if (p.exit_signal != 0) {
    bool killed = (wait_status & 0x7f) != 0;
    SignalInfo info{killed ? ABI_CLD_KILLED : ABI_CLD_EXITED, p.pid,
                    i32(killed ? wait_status & 0x7f : (wait_status >> 8) & 0xff), 0};
    send_signal(k, *parent, int(p.exit_signal), p.pid, &info);
  }
  wake_all(k, WaitChannel{WaitKind::child, u32(parent->pid)});
}

// ---- System calls ---------------------------------------------------------------------

// The zombie child wait should collect: the oldest matching one. Sets
// *any when some child matches at all.
Process* find_zombie_child(Kernel& k, Process& p, i32 selector, bool* any) {
  Process* found = nullptr;
  *any = false;
  for (Process& c : k.procs) {
    if (!matches(p, c, selector)) continue;
    *any = true;
    if (c.state == ProcState::zombie &&
        (!found || c.start_time_ns < found->start_time_ns ||
         (c.start_time_ns == found->start_time_ns && c.pid < found->pid))) {
      found = &c;
    }
  }
  return found;
}

// Frees a zombie's slot after its parent collected it, adding its times
// to the parent's children times.
void collect(Kernel& k, Process& parent, Process& child) {
  parent.children_utime_insns += child.utime_insns + child.children_utime_insns;
  parent.children_stime_insns += child.stime_insns + child.children_stime_insns;
  free_slot(k, child, parent.pid);
}

i32 sys_wait4(Kernel& k, Process& p, i32 selector, u32 status_ptr, u32 options, u32 rusage_ptr,
              bool* block) {
  if (options & ~u32(ABI_WNOHANG | ABI_WUNTRACED | ABI_WCONTINUED | ABI_WALL | ABI_WCLONE)) {
    return -ABI_EINVAL;
  }
  if (selector == INT32_MIN) return -ABI_ESRCH;
  bool any = false;
  Process* found = find_zombie_child(k, p, selector, &any);
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
  collect(k, p, *found);
  return pid;
}

i32 sys_waitid(Kernel& k, Process& p, u32 idtype, i32 id, u32 info_ptr, u32 options, bool* block) {
  if (!(options & ABI_WEXITED) ||
      (options & ~u32(ABI_WNOHANG | ABI_WEXITED | ABI_WSTOPPED | ABI_WCONTINUED | ABI_WNOWAIT))) {
    return -ABI_EINVAL;
  }
  i32 selector = idtype == ABI_P_ALL ? -1 : idtype == ABI_P_PID ? id : idtype == ABI_P_PGID ? -id : 0;
  if ((idtype != ABI_P_ALL && idtype != ABI_P_PID && idtype != ABI_P_PGID) || (idtype != ABI_P_ALL && id <= 0)) {
    return -ABI_EINVAL;
  }
  bool any = false;
  Process* found = find_zombie_child(k, p, selector, &any);
  if (!any) return -ABI_ECHILD;
  abi_siginfo info{};
  if (found) {
    bool killed = (found->wait_status & 0x7f) != 0;
    info.si_signo = ABI_SIGCHLD;
    info.si_code = killed ? ABI_CLD_KILLED : ABI_CLD_EXITED;
    info.fields.sigchld.pid = found->pid;
    info.fields.sigchld.uid = found->uid;
    info.fields.sigchld.status = i32(killed ? found->wait_status & 0x7f : (found->wait_status >> 8) & 0xff);
  } else if (!(options & ABI_WNOHANG)) {
    *block = true;
    return 0;
  }
  if (info_ptr != 0) {
    KResult<void> w = copy_out(k, p, info_ptr, {reinterpret_cast<const u8*>(&info), sizeof info});
    if (!w.ok()) return -w.error();
  }
  if (found && !(options & ABI_WNOWAIT)) collect(k, p, *found);
  return 0;
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
