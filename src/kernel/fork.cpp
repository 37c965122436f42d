// fork, vfork and clone (SPEC §4.2): a new process that starts as a copy of
// its parent, returning 0 in the child and the child's pid in the parent.
#include "kernel/abi/errno.h"
#include "kernel/abi/process.h"
#include "kernel/abi/signal.h"
#include "kernel/kernel.h"

namespace forklab::kernel {
namespace {

// Why a fork failed, as the fork_failed event records it.
enum ForkFailure : u32 { kTableFull = 1, kNprocLimit = 2, kNoMemory = 3, kBadFlags = 4 };

const char* fork_failure_text(ForkFailure why) {
  switch (why) {
    case kTableFull: return "process table full";
    case kNprocLimit: return "RLIMIT_NPROC reached";
    case kNoMemory: return "out of memory for page tables";
    case kBadFlags: return "clone flags not supported";
  }
  return "";
}

i32 fail(Kernel& k, Process& parent, int err, ForkFailure why) {
  emit(k, EventKind::fork_failed, parent.pid, {u32(err), u32(why)}, fork_failure_text(why));
  return -err;
}

bool pid_in_use(const Kernel& k, i32 pid) {
  for (const Process& p : k.procs) {
    if (p.live && (p.pid == pid || p.pgid == pid || p.sid == pid)) return true;
  }
  return false;
}

// Like Linux 0.11's find_empty_process: advance last_pid, wrapping at
// pid_max, skipping pids still in use (also as a group or session id).
i32 allocate_pid(Kernel& k) {
  for (;;) {
    if (++k.last_pid >= kPidMax) k.last_pid = 2;
    if (!pid_in_use(k, k.last_pid)) return k.last_pid;
  }
}

int free_slot(const Kernel& k) {
  if (k.live_processes >= k.procs.size()) return -1;  // full: no need to look
  for (usize i = 0; i < k.procs.size(); ++i) {
    if (!k.procs[i].live) return int(i);
  }
  return -1;
}

// Threads count too, as on Linux (RLIMIT_NPROC limits tasks).
usize processes_of_user(const Kernel& k, u32 uid) {
  usize n = 0;
  for (const Process& p : k.procs) n += p.live && p.uid == uid;
  return n;
}

// clone(2)'s rules for combining flags: threads share handlers, and
// shared handlers need shared memory.
bool flags_valid(u32 flags) {
  const u32 supported = ABI_CSIGNAL | ABI_CLONE_VM | ABI_CLONE_FS | ABI_CLONE_FILES |
                        ABI_CLONE_SIGHAND | ABI_CLONE_THREAD | ABI_CLONE_SYSVSEM |
                        ABI_CLONE_SETTLS | ABI_CLONE_PARENT_SETTID | ABI_CLONE_CHILD_CLEARTID |
                        ABI_CLONE_CHILD_SETTID | ABI_CLONE_DETACHED | ABI_CLONE_VFORK;
  if (flags & ~supported) return false;
  if ((flags & ABI_CLONE_THREAD) && !(flags & ABI_CLONE_SIGHAND)) return false;
  if ((flags & ABI_CLONE_SIGHAND) && !(flags & ABI_CLONE_VM)) return false;
  return true;
}

}  // namespace

i32 sys_clone(Kernel& k, Process& parent, u32 flags, u32 stack, u32 parent_tid, u32 tls,
              u32 child_tid) {
  if (!flags_valid(flags)) return fail(k, parent, ABI_EINVAL, kBadFlags);
  bool vfork = (flags & ABI_CLONE_VFORK) != 0;
  bool thread = (flags & ABI_CLONE_THREAD) != 0;
  int slot = free_slot(k);
  if (slot < 0) return fail(k, parent, ABI_EAGAIN, kTableFull);
  const Rlimit& nproc = parent.rlimits[ABI_RLIMIT_NPROC];
  // (A limit above the table's size is the table's: no need to count.)
  if (parent.uid != 0 && nproc.cur <= k.procs.size() && processes_of_user(k, parent.uid) >= nproc.cur) {
    return fail(k, parent, ABI_EAGAIN, kNprocLimit);
  }

  u32 mm = parent.mm;
  u32 shared_pages = 0;
  if (flags & ABI_CLONE_VM) {
    k.spaces[mm].users += 1;  // vfork and threads: the child uses the parent's memory
  } else {
    KResult<ForkedSpace> forked = fork_address_space(k, parent.mm);
    if (!forked.ok()) return fail(k, parent, ABI_ENOMEM, kNoMemory);
    mm = forked->mm;
    shared_pages = forked->shared_pages;
  }

  i32 pid = allocate_pid(k);
  Process& child = claim_slot(k, usize(slot));
  child.pid = pid;
  // A thread joins its creator's group and has the group's parent; a new
  // process is the child of the whole group (any thread of it may wait).
  child.tgid = thread ? parent.tgid : pid;
  child.ppid = thread ? parent.ppid : parent.tgid;
  child.pgid = parent.pgid;
  child.sid = parent.sid;
  child.slot = u32(slot);
  child.name = parent.name;
  child.argv = parent.argv;
  child.cwd = parent.cwd;
  k.fs.open_inode(child.cwd);
  child.umask = parent.umask;
  child.uid = parent.uid;
  child.gid = parent.gid;
  child.nice = parent.nice;      // inherited (SPEC §4.2)
  child.rlimits = parent.rlimits;
  child.start_time_ns = now_ns(k);
  child.regs = parent.regs;
  child.pc = parent.pc;
  child.regs[10] = 0;  // fork returns 0 in the child
  if (stack != 0) child.regs[2] = stack;
  if (flags & ABI_CLONE_SETTLS) child.regs[4] = tls;  // tp: the thread's own data
  if (flags & ABI_CLONE_CHILD_CLEARTID) child.clear_child_tid = child_tid;
  child.mm = mm;
  child.fds = parent.fds;
  for (const FdEntry& e : child.fds.fds) {
    if (e.file != kNoFile) k.files[e.file].refcount += 1;
  }
  child.actions = parent.actions;
  child.blocked = parent.blocked;  // pending signals and timers are not inherited (fork(2))
  child.exit_signal = thread ? 0 : flags & ABI_CSIGNAL;  // threads tell nobody when they end
  child.fork_ret_in_parent = pid;

  // The tid goes where the flags say before either side runs (clone(2)).
  const u8* tid_bytes = reinterpret_cast<const u8*>(&pid);
  if (flags & ABI_CLONE_PARENT_SETTID) (void)copy_out(k, parent, parent_tid, {tid_bytes, 4});
  if (flags & ABI_CLONE_CHILD_SETTID) (void)copy_out(k, child, child_tid, {tid_bytes, 4});

  emit(k, EventKind::fork, parent.pid, {u32(pid), u32(slot), u32(pid), 0, flags});
  if (!(flags & ABI_CLONE_VM)) emit(k, EventKind::cow_share, parent.pid, {u32(pid), shared_pages});

  bool child_first = k.config.policy == SchedPolicy::child_first;
  make_runnable(k, child, child_first);
  if (child_first) k.slice_left = 0;  // the parent yields the rest of its slice
  if (vfork) {
    // The parent sleeps until the child execs or exits (vfork(2)).
    child.vfork_parent = parent.pid;
    parent.regs[10] = u32(pid);
    sleep_on(k, parent, WaitChannel{WaitKind::vfork, u32(pid)});
    parent.state = ProcState::disk;
  }
  return pid;
}

void release_vfork_parent(Kernel& k, Process& child) {
  if (Process* parent = find_process(k, child.vfork_parent)) {
    emit(k, EventKind::wake, parent->pid, {u32(WaitKind::vfork), u32(child.pid)}, "vfork");
    make_runnable(k, *parent);
  }
  child.vfork_parent = 0;
}

}  // namespace forklab::kernel
