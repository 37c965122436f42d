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
// Children belong to the whole thread group; threads are nobody's children.
bool matches(const Process& parent, const Process& child, i32 selector) {
  if (!child.live || child.ppid != parent.tgid || !is_group_leader(child)) return false;
  if (selector > 0) return child.pid == selector;
  if (selector == -1) return true;
  if (selector == 0) return child.pgid == parent.pgid;
  return child.pgid == -selector;
}

// What every ending task gives back: its fds (its copy of the table), cwd,
// its share of the address space, and a vfork parent's wait.
void release_task(Kernel& k, Process& p) {
  clear_child_tid(k, p);
  for (usize fd = 0; fd < p.fds.fds.size(); ++fd) close_fd(k, p, int(fd));
  k.fs.close_inode(p.cwd);
  p.cwd = kNoInode;
  release_address_space(k, p.mm);
  p.mm = 0;
  release_vfork_parent(k, p);
}

// A thread other than the leader ends: nobody waits for it (Linux reaps
// such threads at once); its CPU time goes to the leader, which stands for
// the whole process in times() and wait4's rusage.
void end_thread(Kernel& k, Process& t, u32 wait_status) {
  release_task(k, t);
  if (Process* leader = group_leader(k, t)) {
    leader->utime_insns += t.utime_insns;
    leader->stime_insns += t.stime_insns;
    leader->minor_faults += t.minor_faults;
    leader->cow_faults += t.cow_faults;
  }
  emit(k, EventKind::exit, t.pid, {wait_status, u32(t.tgid)}, "thread");
  std::erase(k.run_queue, t.pid);  // its slot is free at once: nothing may refer to it
  release_slot(k, t);
}

// The process (its leader, every other thread gone) becomes a zombie and
// its parent hears of it.
void report_exit(Kernel& k, Process& p, u32 wait_status) {
  // Orphans: init adopts them (and reaps them if they are already zombies).
  std::vector<i32> child_groups;
  for (Process& c : k.procs) {
    if (!c.live || c.ppid != p.pid) continue;
    if (std::find(child_groups.begin(), child_groups.end(), c.pgid) == child_groups.end()) {
      child_groups.push_back(c.pgid);
    }
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
  std::erase(k.run_queue, p.pid);  // a thread's end may have woken it on the way
  p.awaiting_threads = false;
  p.wait_status = wait_status;
  // Groups this exit may have orphaned: its own and its children's.
  hang_up_orphaned_group(k, p.pgid);
  for (i32 pgid : child_groups) {
    if (pgid != p.pgid) hang_up_orphaned_group(k, pgid);
  }
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
    // A wait in progress ends with ECHILD once no child is left.
    wake_all(k, WaitChannel{WaitKind::child, u32(parent->pid)});
    return;
  }
  emit(k, EventKind::zombie, p.pid, {u32(parent->pid)});
  if (p.exit_signal != 0) {
    bool killed = (wait_status & 0x7f) != 0;
    SignalInfo info{killed ? ABI_CLD_KILLED : ABI_CLD_EXITED, p.pid,
                    i32(killed ? wait_status & 0x7f : (wait_status >> 8) & 0xff), 0};
    send_signal(k, signal_target(k, *parent), int(p.exit_signal), p.pid, &info);
  }
  wake_all(k, WaitChannel{WaitKind::child, u32(parent->pid)});
}

}  // namespace

void exit_process(Kernel& k, Process& p, u32 wait_status) {
  if (!p.live || (p.state == ProcState::zombie && !p.awaiting_threads)) return;
  // exit_group: every other thread ends first, then the leader reports
  // for the process (the status is the one given here).
  i32 tgid = p.tgid;
  for (Process& t : k.procs) {
    if (t.live && t.tgid == tgid && !is_group_leader(t) && &t != &p) end_thread(k, t, wait_status);
  }
  if (!is_group_leader(p)) end_thread(k, p, wait_status);
  Process* leader = find_process(k, tgid);
  if (!leader) return;
  if (!leader->awaiting_threads) release_task(k, *leader);
  report_exit(k, *leader, wait_status);
}

void end_other_threads_for_exec(Kernel& k, Process& p) {
  for (Process& t : k.procs) {
    if (t.live && t.tgid == p.tgid && &t != &p && !is_group_leader(t)) end_thread(k, t, ABI_SIGKILL);
  }
  Process* leader = group_leader(k, p);
  if (is_group_leader(p) || !leader) return;
  // execve(2): "all threads other than the calling thread are destroyed";
  // a non-leader caller takes the leader's pid, so the parent still sees
  // the same child.
  if (!leader->awaiting_threads) release_task(k, *leader);
  p.exit_signal = leader->exit_signal;
  p.start_time_ns = leader->start_time_ns;
  p.fork_ret_in_parent = leader->fork_ret_in_parent;
  p.adopted = leader->adopted;
  p.utime_insns += leader->utime_insns;
  p.stime_insns += leader->stime_insns;
  p.children_utime_insns = leader->children_utime_insns;
  p.children_stime_insns = leader->children_stime_insns;
  std::erase(k.run_queue, leader->pid);
  release_slot(k, *leader);
  i32 old_tid = p.pid;
  p.pid = p.tgid;
  p.clear_child_tid = 0;
  std::replace(k.run_queue.begin(), k.run_queue.end(), old_tid, p.pid);
  if (k.current == old_tid) k.current = p.pid;
}

void exit_thread(Kernel& k, Process& p, u32 wait_status) {
  if (!p.live || p.state == ProcState::zombie) return;
  if (live_threads(k, p.tgid) <= 1) {
    // The last thread: the process ends, with the leader's own status if
    // the leader ended first (as Linux reports the leader's exit code).
    Process* leader = group_leader(k, p);
    u32 status = leader && leader->awaiting_threads ? leader->wait_status : wait_status;
    exit_process(k, p, status);
    return;
  }
  if (is_group_leader(p)) {
    // The leader's thread is done but the process goes on in the others.
    release_task(k, p);
    p.state = ProcState::zombie;
    p.channel = {};
    std::erase(k.run_queue, p.pid);
    p.awaiting_threads = true;
    p.wait_status = wait_status;
    emit(k, EventKind::exit, p.pid, {wait_status, u32(p.tgid)}, "thread");
    return;
  }
  end_thread(k, p, wait_status);
}

// ---- System calls ---------------------------------------------------------------------

// What wait can report about a child: its exit, or (job control) that it
// stopped or continued since the parent last asked.
enum class ChildChange { none, exited, stopped, continued };

struct Waitable {
  Process* child = nullptr;
  ChildChange change = ChildChange::none;
};

// The child wait should report on: the oldest matching zombie, else the
// first stopped or continued one the options ask for. Sets *any when some
// child matches at all.
Waitable find_waitable(Kernel& k, Process& p, i32 selector, u32 options, bool exited, bool* any) {
  Waitable found;
  *any = false;
  for (Process& c : k.procs) {
    if (!matches(p, c, selector)) continue;
    *any = true;
    if (exited && c.state == ProcState::zombie && !c.awaiting_threads) {
      if (found.change != ChildChange::exited || c.start_time_ns < found.child->start_time_ns ||
          (c.start_time_ns == found.child->start_time_ns && c.pid < found.child->pid)) {
        found = {&c, ChildChange::exited};
      }
    } else if (found.change == ChildChange::none && (options & ABI_WUNTRACED) &&
               c.state == ProcState::stopped && c.stop_unreported) {
      found = {&c, ChildChange::stopped};
    } else if (found.change == ChildChange::none && (options & ABI_WCONTINUED) && c.continue_unreported) {
      found = {&c, ChildChange::continued};
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

// The status word wait4 stores: exit code or signal (from exit_process),
// 0x7f with the stop signal, or 0xffff for a continue (<sys/wait.h>).
u32 wait_status_of(const Waitable& w) {
  switch (w.change) {
    case ChildChange::stopped: return (w.child->stop_signal << 8) | 0x7f;
    case ChildChange::continued: return 0xffff;
    default: return w.child->wait_status;
  }
}

// A stop or continue is reported once (unless WNOWAIT).
void mark_reported(Waitable& w) {
  if (w.change == ChildChange::stopped) w.child->stop_unreported = false;
  if (w.change == ChildChange::continued) w.child->continue_unreported = false;
}

i32 sys_wait4(Kernel& k, Process& p, i32 selector, u32 status_ptr, u32 options, u32 rusage_ptr,
              bool* block) {
  if (options & ~u32(ABI_WNOHANG | ABI_WUNTRACED | ABI_WCONTINUED | ABI_WALL | ABI_WCLONE)) {
    return -ABI_EINVAL;
  }
  if (selector == INT32_MIN) return -ABI_ESRCH;
  bool any = false;
  Waitable found = find_waitable(k, p, selector, options, true, &any);
  if (!any) return -ABI_ECHILD;
  if (!found.child) {
    if (options & ABI_WNOHANG) return 0;
    *block = true;
    return 0;
  }
  if (status_ptr != 0) {
    u32 status = wait_status_of(found);
    KResult<void> w = copy_out(k, p, status_ptr, {reinterpret_cast<const u8*>(&status), 4});
    if (!w.ok()) return -w.error();
  }
  if (rusage_ptr != 0) {
    abi_rusage ru{};
    u64 ut = found.child->utime_insns * kNsPerInsn / 1000, st = found.child->stime_insns * kNsPerInsn / 1000;
    ru.ru_utime = {abi_long(ut / 1000000), abi_long(ut % 1000000)};
    ru.ru_stime = {abi_long(st / 1000000), abi_long(st % 1000000)};
    ru.ru_minflt = abi_long(found.child->minor_faults + found.child->cow_faults);
    KResult<void> w = copy_out(k, p, rusage_ptr, {reinterpret_cast<const u8*>(&ru), sizeof ru});
    if (!w.ok()) return -w.error();
  }
  i32 pid = found.child->pid;
  if (found.change == ChildChange::exited) {
    collect(k, p, *found.child);
  } else {
    mark_reported(found);
  }
  return pid;
}

i32 sys_waitid(Kernel& k, Process& p, u32 idtype, i32 id, u32 info_ptr, u32 options, bool* block) {
  u32 events = ABI_WEXITED | ABI_WSTOPPED | ABI_WCONTINUED;
  if (!(options & events) || (options & ~u32(ABI_WNOHANG | ABI_WNOWAIT | events))) return -ABI_EINVAL;
  i32 selector = idtype == ABI_P_ALL ? -1 : idtype == ABI_P_PID ? id : idtype == ABI_P_PGID ? -id : 0;
  if ((idtype != ABI_P_ALL && idtype != ABI_P_PID && idtype != ABI_P_PGID) || (idtype != ABI_P_ALL && id <= 0)) {
    return -ABI_EINVAL;
  }
  bool any = false;
  Waitable found = find_waitable(k, p, selector, options, options & ABI_WEXITED, &any);
  if (!any) return -ABI_ECHILD;
  abi_siginfo info{};
  if (found.child) {
    const Process& c = *found.child;
    bool killed = (c.wait_status & 0x7f) != 0;
    info.si_signo = ABI_SIGCHLD;
    info.fields.sigchld.pid = c.pid;
    info.fields.sigchld.uid = c.uid;
    switch (found.change) {
      case ChildChange::stopped:
        info.si_code = ABI_CLD_STOPPED;
        info.fields.sigchld.status = i32(c.stop_signal);
        break;
      case ChildChange::continued:
        info.si_code = ABI_CLD_CONTINUED;
        info.fields.sigchld.status = ABI_SIGCONT;
        break;
      default:
        info.si_code = killed ? ABI_CLD_KILLED : ABI_CLD_EXITED;
        info.fields.sigchld.status = i32(killed ? c.wait_status & 0x7f : (c.wait_status >> 8) & 0xff);
    }
  } else if (!(options & ABI_WNOHANG)) {
    *block = true;
    return 0;
  }
  if (info_ptr != 0) {
    KResult<void> w = copy_out(k, p, info_ptr, {reinterpret_cast<const u8*>(&info), sizeof info});
    if (!w.ok()) return -w.error();
  }
  if (found.child && !(options & ABI_WNOWAIT)) {
    if (found.change == ChildChange::exited) {
      collect(k, p, *found.child);
    } else {
      mark_reported(found);
    }
  }
  return 0;
}

i32 sys_kill(Kernel& k, Process& p, i32 pid, int sig) {
  if (sig < 0 || sig > kSignalCount) return -ABI_EINVAL;
  bool any = false;
  for (Process& t : k.procs) {
    // A group selector reaches each process once, through its leader.
    if (!t.live || (pid <= 0 && !is_group_leader(t))) continue;
    bool hit = pid > 0    ? t.pid == pid
               : pid == 0 ? t.pgid == p.pgid
               : pid == -1 ? t.pid != kInitPid && t.tgid != p.tgid
                           : t.pgid == -pid;
    if (!hit) continue;
    any = true;
    if (sig != 0) send_signal(k, signal_target(k, t), sig, p.tgid);
  }
  return any ? 0 : -ABI_ESRCH;
}

}  // namespace forklab::kernel
