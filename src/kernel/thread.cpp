// Threads (SPEC §4.2): thread groups, futexes, set_tid_address and the
// exit of one thread.
//
// A thread is a task like any process: its own slot, tid (Process::pid),
// registers, signal mask and wait channel, scheduled on its own. The
// threads of one process share a thread group id (Process::tgid, what
// getpid returns: the pid of the first thread, the leader) and an address
// space (AddressSpace::users counts them).
//
// What Linux shares through pointers (the fd table for CLONE_FILES, cwd and
// umask for CLONE_FS, handlers for CLONE_SIGHAND, the process's ids and
// rlimits) each thread here keeps as a copy, and after every system call of
// a thread the kernel copies the caller's state to the others in its group
// (sync_thread_group). Only one thread runs at a time and system calls are
// not preempted, so no thread can see the copies differ. Each copy of an
// fd holds its own reference on the open file description, so refcounts
// and the invariant checker stay as they are.
//
// Futexes are keyed like Linux's: a private mapping's word by (address
// space, virtual address), a MAP_SHARED word by its physical address, so
// processes sharing a mapping can wait on each other.
#include <algorithm>

#include "kernel/abi/errno.h"
#include "kernel/abi/process.h"
#include "kernel/syscalls.h"
#include "machine/sv32.h"

namespace forklab::kernel {
namespace {

// Returns the errno of a failed KResult<void> from a system call handler.
#define K_CHECK_SYS(expr)                          \
  do {                                             \
    KResult<void> k_sys_result_ = (expr);          \
    if (!k_sys_result_.ok()) return err(k_sys_result_.error()); \
  } while (0)

bool same_fds(const FdTable& a, const FdTable& b) {
  if (a.fds.size() != b.fds.size()) return false;
  for (usize i = 0; i < a.fds.size(); ++i) {
    if (a.fds[i].file != b.fds[i].file || a.fds[i].cloexec != b.fds[i].cloexec) return false;
  }
  return true;
}

// Makes `t`'s copy of the fd table equal to `from`'s, moving references.
void copy_fds(Kernel& k, const Process& from, Process& t) {
  if (same_fds(from.fds, t.fds)) return;
  for (const FdEntry& e : from.fds.fds) {
    if (e.file != kNoFile) k.files[e.file].refcount += 1;
  }
  for (const FdEntry& e : t.fds.fds) {
    if (e.file != kNoFile) release_file(k, e.file);
  }
  t.fds = from.fds;
}

struct FutexKey {
  u32 id = 0;
  u32 mm = 0;  // 0: id is a physical address (a shared mapping)
};

// The key of the futex word at `va`, or EFAULT/EINVAL.
KResult<FutexKey> futex_key(Kernel& k, Process& p, u32 va) {
  if (va & 3) return Errno{ABI_EINVAL};
  const Region* r = find_region(k.spaces[p.mm], va);
  if (!r) return Errno{ABI_EFAULT};
  if (!r->shared) return FutexKey{va, p.mm};
  u32 word = 0;  // fault the page in, then ask where it is
  K_CHECK(copy_in(k, p, va, {reinterpret_cast<u8*>(&word), 4}));
  std::optional<machine::PteSlot> slot = machine::find_pte(k.m, k.spaces[p.mm].root_frame, va);
  if (!slot || !(slot->value & machine::kPteV)) return Errno{ABI_EFAULT};
  return FutexKey{(machine::pte_frame(slot->value) << machine::kPageShift) | (va & machine::kPageMask), 0};
}

bool waits_on(const Process& t, const FutexKey& key) {
  return t.live && t.state == ProcState::sleeping && t.channel.kind == WaitKind::futex &&
         t.channel.id == key.id && t.futex_mm == key.mm;
}

u32 wake_key(Kernel& k, const FutexKey& key, u32 count) {
  u32 woken = 0;
  for (Process& t : k.procs) {
    if (woken >= count) break;
    if (!waits_on(t, key)) continue;
    t.futex_woken = true;
    t.wake_time_ns = 0;
    emit(k, EventKind::wake, t.pid, {u32(WaitKind::futex), key.id});
    make_runnable(k, t);
    woken += 1;
  }
  return woken;
}

SysResult futex_wait(Kernel& k, Process& p, u32 va, u32 expected, u32 timeout_va, bool absolute) {
  if (p.restarting_syscall) {  // woken, timed out, or a signal came and SA_RESTART runs it again
    if (p.futex_woken) {
      p.futex_woken = false;
      return ret(0);
    }
    if (p.wake_time_ns != 0 && now_ns(k) >= p.wake_time_ns) {
      p.wake_time_ns = 0;
      return err(ABI_ETIMEDOUT);
    }
  } else {
    p.wake_time_ns = 0;
    if (timeout_va != 0) {
      abi_timespec64 ts{};
      K_CHECK_SYS(copy_in(k, p, timeout_va, {reinterpret_cast<u8*>(&ts), sizeof ts}));
      if (ts.tv_sec < 0 || ts.tv_nsec < 0 || ts.tv_nsec >= 1000000000) return err(ABI_EINVAL);
      u64 ns = u64(ts.tv_sec) * 1000000000ull + u64(ts.tv_nsec);
      p.wake_time_ns = absolute ? ns : now_ns(k) + ns;
      if (p.wake_time_ns == 0) p.wake_time_ns = 1;
      note_timer(k, p.wake_time_ns);
    }
  }
  KResult<FutexKey> key = futex_key(k, p, va);
  if (!key.ok()) return err(key.error());
  u32 value = 0;
  K_CHECK_SYS(copy_in(k, p, va, {reinterpret_cast<u8*>(&value), 4}));
  if (value != expected) {  // it changed before we slept: the caller looks again (futex(2))
    p.wake_time_ns = 0;
    return err(ABI_EAGAIN);
  }
  if (p.wake_time_ns != 0 && now_ns(k) >= p.wake_time_ns) {
    p.wake_time_ns = 0;
    return err(ABI_ETIMEDOUT);
  }
  p.futex_woken = false;
  p.futex_mm = key->mm;
  return block_on(WaitChannel{WaitKind::futex, key->id});
}

}  // namespace

bool is_group_leader(const Process& p) { return p.pid == p.tgid; }

Process* group_leader(Kernel& k, const Process& p) { return find_process(k, p.tgid); }

usize live_threads(const Kernel& k, i32 tgid) {
  return usize(std::count_if(k.procs.begin(), k.procs.end(), [&](const Process& t) {
    return t.live && t.tgid == tgid && t.state != ProcState::zombie;
  }));
}

Process& signal_target(Kernel& k, Process& t) {
  if (t.state != ProcState::zombie || !t.awaiting_threads) return t;
  for (Process& other : k.procs) {  // the leader is done: another thread takes it
    if (other.live && other.tgid == t.tgid && other.state != ProcState::zombie) return other;
  }
  return t;
}

void sync_thread_group(Kernel& k, Process& p) {
  for (Process& t : k.procs) {
    if (!t.live || t.tgid != p.tgid || &t == &p || t.state == ProcState::zombie) continue;
    copy_fds(k, p, t);
    if (t.cwd != p.cwd) {
      k.fs.open_inode(p.cwd);
      k.fs.close_inode(t.cwd);
      t.cwd = p.cwd;
    }
    t.umask = p.umask;
    t.actions = p.actions;
    t.rlimits = p.rlimits;
    t.pgid = p.pgid;
    t.sid = p.sid;
    t.uid = p.uid;
    t.gid = p.gid;
    t.name = p.name;
    t.argv = p.argv;
  }
}

void group_times(const Kernel& k, const Process& p, u64* utime, u64* stime) {
  *utime = *stime = 0;
  for (const Process& t : k.procs) {
    if (!t.live || t.tgid != p.tgid) continue;
    *utime += t.utime_insns;
    *stime += t.stime_insns;
  }
}

u32 futex_wake(Kernel& k, Process& p, u32 va, u32 count) {
  KResult<FutexKey> key = futex_key(k, p, va);
  return key.ok() ? wake_key(k, *key, count) : 0;
}

void clear_child_tid(Kernel& k, Process& p) {
  u32 va = p.clear_child_tid;
  p.clear_child_tid = 0;
  if (va == 0 || p.mm == 0 || k.spaces[p.mm].users <= 1) return;  // nobody left to see it
  u32 zero = 0;
  if (copy_out(k, p, va, {reinterpret_cast<const u8*>(&zero), 4}).ok()) futex_wake(k, p, va, 1);
}

// ---- System calls -------------------------------------------------------------------

SysResult sys_futex(Kernel& k, Process& p, SysArgs a) {
  u32 va = a[0], op = a[1], val = a[2];
  switch (op & ~u32(ABI_FUTEX_PRIVATE_FLAG | ABI_FUTEX_CLOCK_REALTIME)) {
    case ABI_FUTEX_WAIT: return futex_wait(k, p, va, val, a[3], false);
    case ABI_FUTEX_WAIT_BITSET:
      if (a[5] == 0) return err(ABI_EINVAL);
      return futex_wait(k, p, va, val, a[3], true);  // the bitset is taken as all ones
    case ABI_FUTEX_WAKE:
    case ABI_FUTEX_WAKE_BITSET: {
      KResult<FutexKey> key = futex_key(k, p, va);
      if (!key.ok()) return err(key.error());
      return ret(i32(wake_key(k, *key, val)));
    }
    default: return err(ABI_ENOSYS);
  }
}

SysResult sys_set_tid_address(Kernel&, Process& p, SysArgs a) {
  p.clear_child_tid = a[0];
  return ret(p.pid);
}

// exit: ends the calling thread only (exit_group ends them all). The last
// thread's exit is the process's exit.
SysResult sys_exit_thread(Kernel& k, Process& p, SysArgs a) {
  exit_thread(k, p, (a[0] & 0xff) << 8);
  return ret(0);
}

}  // namespace forklab::kernel
