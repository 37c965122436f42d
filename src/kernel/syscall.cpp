// The system call path (SPEC §4.1): a7 holds the number, a0..a5 the
// arguments; the result or -errno goes back in a0. Every call is an event.
#include <algorithm>
#include <cstring>

#include "kernel/abi/errno.h"
#include "kernel/abi/fcntl.h"
#include "kernel/abi/process.h"
#include "kernel/abi/signal.h"
#include "kernel/abi/syscall.h"
#include "kernel/syscalls.h"
#include "machine/sv32.h"

namespace forklab::kernel {

using namespace machine;

namespace {

constexpr u32 kMaxArgs = 4096;  // argv or envp entries (E2BIG past it)
constexpr u32 kMaxArgLength = 128 * 1024;

template <class T>
KResult<void> put(Kernel& k, Process& p, u32 va, const T& value) {
  return copy_out(k, p, va, {reinterpret_cast<const u8*>(&value), sizeof value});
}

template <class T>
KResult<T> get(Kernel& k, Process& p, u32 va) {
  T value{};
  K_CHECK(copy_in(k, p, va, {reinterpret_cast<u8*>(&value), sizeof value}));
  return value;
}

// Reads a NULL-terminated array of string pointers (argv, envp).
KResult<std::vector<std::string>> get_string_array(Kernel& k, Process& p, u32 va) {
  std::vector<std::string> out;
  if (va == 0) return out;
  for (u32 i = 0;; ++i) {
    if (i >= kMaxArgs) return Errno{ABI_E2BIG};
    u32 ptr = K_TRY(get<u32>(k, p, va + i * 4));
    if (ptr == 0) return out;
    KResult<std::string> s = copy_in_string(k, p, ptr, kMaxArgLength);
    if (!s.ok()) return Errno{s.error() == ABI_ENAMETOOLONG ? ABI_E2BIG : s.error()};
    out.push_back(std::move(*s));
  }
}

u32 page_up(u32 a) { return (a + kPageMask) & ~kPageMask; }

// ---- Processes ---------------------------------------------------------------------

SysResult sys_exit(Kernel& k, Process& p, SysArgs a) {
  exit_process(k, p, (a[0] & 0xff) << 8);
  return ret(0);
}

SysResult sys_clone_call(Kernel& k, Process& p, SysArgs a) {
  return ret(sys_clone(k, p, a[0], a[1], a[2], a[3], a[4]));
}

SysResult sys_execve(Kernel& k, Process& p, SysArgs a) {
  KResult<std::string> path = copy_in_string(k, p, a[0], kMaxPathLength);
  if (!path.ok()) return err(path.error());
  KResult<std::vector<std::string>> argv = get_string_array(k, p, a[1]);
  if (!argv.ok()) return err(argv.error());
  KResult<std::vector<std::string>> envp = get_string_array(k, p, a[2]);
  if (!envp.ok()) return err(envp.error());
  return ret_or_err(do_execve(k, p, std::move(*path), std::move(*argv), std::move(*envp)));
}

SysResult sys_wait4_call(Kernel& k, Process& p, SysArgs a) {
  bool block = false;
  i32 r = sys_wait4(k, p, i32(a[0]), a[1], a[2], a[3], &block);
  if (block) return block_on(WaitChannel{WaitKind::child, u32(p.tgid)});
  return ret(r);
}

SysResult sys_waitid_call(Kernel& k, Process& p, SysArgs a) {
  bool block = false;
  i32 r = sys_waitid(k, p, a[0], i32(a[1]), a[2], a[3], &block);
  if (block) return block_on(WaitChannel{WaitKind::child, u32(p.tgid)});
  return ret(r);
}

SysResult sys_kill_call(Kernel& k, Process& p, SysArgs a) {
  return ret(sys_kill(k, p, i32(a[0]), int(a[1])));
}

SysResult sys_getpgid(Kernel& k, Process& p, SysArgs a) {
  const Process* t = a[0] == 0 ? &p : find_process(k, i32(a[0]));
  return t ? ret(t->pgid) : err(ABI_ESRCH);
}

SysResult sys_getsid(Kernel& k, Process& p, SysArgs a) {
  const Process* t = a[0] == 0 ? &p : find_process(k, i32(a[0]));
  return t ? ret(t->sid) : err(ABI_ESRCH);
}

SysResult sys_setpgid(Kernel& k, Process& p, SysArgs a) {
  i32 pid = a[0] == 0 ? p.pid : i32(a[0]);
  i32 pgid = a[1] == 0 ? pid : i32(a[1]);
  if (pgid < 0) return err(ABI_EINVAL);
  Process* t = find_process(k, pid);
  if (!t || (t != &p && t->ppid != p.pid)) return err(ABI_ESRCH);
  if (t->sid != p.sid) return err(ABI_EPERM);
  if (t->pid == t->sid) return err(ABI_EPERM);  // a session leader keeps its group
  if (pgid != pid) {
    bool exists = std::any_of(k.procs.begin(), k.procs.end(), [&](const Process& q) {
      return q.live && q.pgid == pgid && q.sid == p.sid;
    });
    if (!exists) return err(ABI_EPERM);
  }
  t->pgid = pgid;
  return ret(0);
}

SysResult sys_setsid(Kernel& k, Process& p, SysArgs) {
  bool leader = std::any_of(k.procs.begin(), k.procs.end(),
                            [&](const Process& q) { return q.live && q.pgid == p.pid; });
  if (leader) return err(ABI_EPERM);
  p.sid = p.pgid = p.pid;
  // Like a login: the new session takes the console as its controlling
  // terminal when its stdin is the console (Linux would need TIOCSCTTY).
  FileId in = p.fds.file(0);
  if (in != kNoFile && (k.files[in].kind == FileKind::tty || k.files[in].kind == FileKind::stream)) {
    k.console_sid = p.sid;
    k.tty.foreground_pgrp = p.pgid;
  }
  return ret(p.pid);
}

SysResult sys_umask(Kernel&, Process& p, SysArgs a) {
  u32 old = p.umask;
  p.umask = a[0] & 0777;
  return ret(i32(old));
}

SysResult sys_uname(Kernel& k, Process& p, SysArgs a) {
  abi_utsname u{};
  auto set = [](char* field, const char* text) { std::strncpy(field, text, 64); };
  set(u.sysname, "Linux");  // what textbook programs expect to see
  set(u.nodename, "forklab");
  set(u.release, "6.1.0-forklab");
  set(u.version, "#1 ForkLab");
  set(u.machine, "riscv32");
  set(u.domainname, "(none)");
  return ret_or_err(put(k, p, a[0], u));
}

SysResult sys_prlimit64(Kernel& k, Process& p, SysArgs a) {
  Process* t = a[0] == 0 ? &p : find_process(k, i32(a[0]));
  if (!t) return err(ABI_ESRCH);
  u32 resource = a[1];
  if (resource >= u32(kRlimitCount)) return err(ABI_EINVAL);
  Rlimit old = t->rlimits[resource];
  if (a[2] != 0) {
    KResult<abi_rlimit64> want = get<abi_rlimit64>(k, p, a[2]);
    if (!want.ok()) return err(want.error());
    if (want->rlim_cur > want->rlim_max) return err(ABI_EINVAL);
    if (want->rlim_max > old.max && p.uid != 0) return err(ABI_EPERM);
    t->rlimits[resource] = Rlimit{want->rlim_cur, want->rlim_max};
  }
  if (a[3] != 0) {
    abi_rlimit64 out{old.cur, old.max};
    KResult<void> w = put(k, p, a[3], out);
    if (!w.ok()) return err(w.error());
  }
  return ret(0);
}

// Does `t` match getpriority/setpriority's (which, who)? who 0 is the caller.
bool priority_target(const Process& p, const Process& t, u32 which, u32 who) {
  if (!t.live || t.state == ProcState::zombie) return false;
  switch (which) {
    case ABI_PRIO_PROCESS: return t.pid == (who == 0 ? p.pid : i32(who));
    case ABI_PRIO_PGRP: return t.pgid == (who == 0 ? p.pgid : i32(who));
    case ABI_PRIO_USER: return t.uid == (who == 0 ? p.uid : who);
  }
  return false;
}

// The highest priority (lowest nice) of the matching processes, in the
// kernel's 1..40 encoding (20 - nice) so that it is never negative.
SysResult sys_getpriority(Kernel& k, Process& p, SysArgs a) {
  if (a[0] > ABI_PRIO_USER) return err(ABI_EINVAL);
  i32 best = 0;
  for (const Process& t : k.procs) {
    if (priority_target(p, t, a[0], a[1])) best = std::max(best, 20 - t.nice);
  }
  return best ? ret(best) : err(ABI_ESRCH);
}

SysResult sys_setpriority(Kernel& k, Process& p, SysArgs a) {
  if (a[0] > ABI_PRIO_USER) return err(ABI_EINVAL);
  i32 nice = std::clamp(i32(a[2]), -20, 19);
  bool any = false;
  for (Process& t : k.procs) {
    if (!priority_target(p, t, a[0], a[1])) continue;
    if (nice < t.nice && p.uid != 0) return err(ABI_EACCES);  // only root may raise priority
    any = true;
  }
  if (!any) return err(ABI_ESRCH);
  for (Process& t : k.procs) {
    if (priority_target(p, t, a[0], a[1])) t.nice = nice;
  }
  return ret(0);
}

abi_long ticks(u64 insns) { return abi_long(insns * kNsPerInsn / 10000000); }  // 100 Hz

SysResult sys_times(Kernel& k, Process& p, SysArgs a) {
  u64 ut = 0, st = 0;
  group_times(k, p, &ut, &st);  // all the process's threads
  const Process& leader = group_leader(k, p) ? *group_leader(k, p) : p;
  abi_tms t{ticks(ut), ticks(st), ticks(leader.children_utime_insns),
            ticks(leader.children_stime_insns)};
  if (a[0] != 0) {
    KResult<void> w = put(k, p, a[0], t);
    if (!w.ok()) return err(w.error());
  }
  return ret(i32(now_ns(k) / 10000000));
}

SysResult sys_getrusage(Kernel& k, Process& p, SysArgs a) {
  i32 who = i32(a[0]);  // RUSAGE_SELF 0, RUSAGE_CHILDREN -1, RUSAGE_THREAD 1
  if (who != 0 && who != -1 && who != 1) return err(ABI_EINVAL);
  const Process& leader = group_leader(k, p) ? *group_leader(k, p) : p;
  u64 ut = p.utime_insns, st = p.stime_insns;
  if (who == 0) group_times(k, p, &ut, &st);
  if (who == -1) ut = leader.children_utime_insns, st = leader.children_stime_insns;
  abi_rusage ru{};
  u64 us = ut * kNsPerInsn / 1000, ss = st * kNsPerInsn / 1000;
  ru.ru_utime = {abi_long(us / 1000000), abi_long(us % 1000000)};
  ru.ru_stime = {abi_long(ss / 1000000), abi_long(ss % 1000000)};
  if (who != -1) ru.ru_minflt = abi_long(p.minor_faults + p.cow_faults);
  return ret_or_err(put(k, p, a[1], ru));
}

// ---- Time ---------------------------------------------------------------------------

SysResult sys_clock_gettime64(Kernel& k, Process& p, SysArgs a) {
  u64 ns = now_ns(k);
  if (a[0] == ABI_CLOCK_PROCESS_CPUTIME_ID) {
    u64 ut = 0, st = 0;
    group_times(k, p, &ut, &st);
    ns = (ut + st) * kNsPerInsn;
  }
  if (a[0] == ABI_CLOCK_THREAD_CPUTIME_ID) ns = (p.utime_insns + p.stime_insns) * kNsPerInsn;
  abi_timespec64 ts{abi_s64(ns / 1000000000), abi_s64(ns % 1000000000)};
  return ret_or_err(put(k, p, a[1], ts));
}

SysResult sys_clock_nanosleep(Kernel& k, Process& p, SysArgs a) {
  if (!p.restarting_syscall) {  // a restart keeps the deadline it set
    KResult<abi_timespec64> req = get<abi_timespec64>(k, p, a[2]);
    if (!req.ok()) return err(req.error());
    if (req->tv_sec < 0 || req->tv_nsec < 0 || req->tv_nsec >= 1000000000) return err(ABI_EINVAL);
    u64 delta = u64(req->tv_sec) * 1000000000ull + u64(req->tv_nsec);
    bool absolute = a[1] & 1;  // TIMER_ABSTIME
    p.wake_time_ns = absolute ? delta : now_ns(k) + delta;
  }
  note_timer(k, p.wake_time_ns);
  if (now_ns(k) >= p.wake_time_ns) return ret(0);
  return block_on(WaitChannel{WaitKind::timer, 0});
}

// setitimer/getitimer: ITIMER_REAL only (alarm() is built on it).
abi_old_itimerval itimer_of(const Kernel& k, const Process& p) {
  u64 left = p.alarm_ns > now_ns(k) ? p.alarm_ns - now_ns(k) : 0;
  auto tv = [](u64 ns) { return abi_old_timeval{abi_long(ns / 1000000000), abi_long(ns % 1000000000 / 1000)}; };
  return abi_old_itimerval{tv(p.alarm_interval_ns), tv(p.alarm_ns ? left : 0)};
}

SysResult sys_getitimer(Kernel& k, Process& p, SysArgs a) {
  if (a[0] != ABI_ITIMER_REAL) return err(ABI_EINVAL);
  return ret_or_err(put(k, p, a[1], itimer_of(k, p)));
}

SysResult sys_setitimer(Kernel& k, Process& p, SysArgs a) {
  if (a[0] != ABI_ITIMER_REAL) return err(ABI_EINVAL);
  abi_old_itimerval old = itimer_of(k, p);
  KResult<abi_old_itimerval> want = get<abi_old_itimerval>(k, p, a[1]);
  if (!want.ok()) return err(want.error());
  auto ns = [](const abi_old_timeval& tv) -> i64 { return i64(tv.tv_sec) * 1000000000 + i64(tv.tv_usec) * 1000; };
  if (ns(want->it_value) < 0 || ns(want->it_interval) < 0 || want->it_value.tv_usec >= 1000000 ||
      want->it_interval.tv_usec >= 1000000) {
    return err(ABI_EINVAL);
  }
  i64 value = ns(want->it_value);
  p.alarm_ns = value ? now_ns(k) + u64(value) : 0;
  if (p.alarm_ns) note_timer(k, p.alarm_ns);
  p.alarm_interval_ns = u64(ns(want->it_interval));
  if (a[2] != 0) return ret_or_err(put(k, p, a[2], old));
  return ret(0);
}

SysResult sys_getrandom(Kernel& k, Process& p, SysArgs a) {
  // Deterministic: derived from the seed, so runs repeat exactly.
  u32 n = std::min<u32>(a[1], 256);
  std::vector<u8> bytes(n);
  u64 x = k.config.seed ^ (now_ns(k) * 0x2545F4914F6CDD1Dull) ^ u64(p.pid);
  for (u8& b : bytes) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    b = u8(x >> 24);
  }
  KResult<void> w = copy_out(k, p, a[0], bytes);
  return w.ok() ? ret(i32(n)) : err(w.error());
}

// ---- Signals (dispositions; delivery to handlers comes with the signals work) -----

SysResult sys_rt_sigaction(Kernel& k, Process& p, SysArgs a) {
  int sig = int(a[0]);
  if (sig <= 0 || sig > kSignalCount || a[3] != 8) return err(ABI_EINVAL);
  SignalAction& action = p.actions[usize(sig)];
  if (a[2] != 0) {
    abi_sigaction old{action.handler, action.flags, {{u32(action.mask), u32(action.mask >> 32)}}};
    KResult<void> w = put(k, p, a[2], old);
    if (!w.ok()) return err(w.error());
  }
  if (a[1] != 0) {
    if (sig == ABI_SIGKILL || sig == ABI_SIGSTOP) return err(ABI_EINVAL);
    KResult<abi_sigaction> want = get<abi_sigaction>(k, p, a[1]);
    if (!want.ok()) return err(want.error());
    u64 mask = want->mask.sig[0] | u64(want->mask.sig[1]) << 32;
    action = SignalAction{want->handler, want->flags, mask};
  }
  return ret(0);
}

SysResult sys_rt_sigprocmask(Kernel& k, Process& p, SysArgs a) {
  if (a[3] != 8) return err(ABI_EINVAL);
  u64 old = p.blocked;
  if (a[1] != 0) {
    KResult<u64> set = get<u64>(k, p, a[1]);
    if (!set.ok()) return err(set.error());
    u64 unblockable = (1ull << (ABI_SIGKILL - 1)) | (1ull << (ABI_SIGSTOP - 1));
    switch (a[0]) {
      case ABI_SIG_BLOCK: p.blocked |= *set; break;
      case ABI_SIG_UNBLOCK: p.blocked &= ~*set; break;
      case ABI_SIG_SETMASK: p.blocked = *set; break;
      default: return err(ABI_EINVAL);
    }
    p.blocked &= ~unblockable;
  }
  if (a[2] != 0) return ret_or_err(put(k, p, a[2], old));
  return ret(0);
}

}  // namespace

// ---- Memory ---------------------------------------------------------------------------

SysResult sys_brk(Kernel& k, Process& p, SysArgs a) {
  AddressSpace& s = k.spaces[p.mm];
  u32 want = a[0];
  if (want < s.brk_start || want > kMmapTop) return ret(i32(s.brk));  // Linux returns the old break
  u32 old_end = page_up(s.brk), new_end = page_up(want);
  if (new_end > old_end) {
    const Rlimit& data = p.rlimits[ABI_RLIMIT_DATA];
    if (u64(new_end - s.brk_start) > data.cur) return ret(i32(s.brk));
    if (exceeds_address_space_limit(k, p, new_end - old_end)) return ret(i32(s.brk));  // RLIMIT_AS
    if (!add_region(k, p.mm, Region{old_end, new_end, kPteR | kPteW, RegionKind::heap, false}).ok()) {
      return ret(i32(s.brk));
    }
    // Merge with the heap region below, so /proc/PID/maps shows one heap.
    auto& regions = k.spaces[p.mm].regions;
    for (usize i = 0; i + 1 < regions.size(); ++i) {
      if (regions[i].kind == RegionKind::heap && regions[i + 1].kind == RegionKind::heap &&
          regions[i].end == regions[i + 1].start) {
        regions[i].end = regions[i + 1].end;
        regions.erase(regions.begin() + std::ptrdiff_t(i + 1));
        break;
      }
    }
  } else if (new_end < old_end) {
    unmap_range(k, p.mm, new_end, old_end);
  }
  k.spaces[p.mm].brk = want;
  return ret(i32(want));
}

// PROT_* as PTE bits (Sv32 has no write-only pages: write implies read).
u32 pte_protection(u32 prot) {
  return (prot & ABI_PROT_READ ? kPteR : 0) | (prot & ABI_PROT_WRITE ? kPteR | kPteW : 0) |
         (prot & ABI_PROT_EXEC ? kPteX : 0);
}

// The ramfs file an mmap maps (mmap(2)'s errors): a regular file opened
// for reading, and for writing too when a shared mapping may write.
KResult<InodeId> mapped_file(Kernel& k, Process& p, int fd, u32 type, u32 prot) {
  FileId id = p.fds.file(fd);
  if (id == kNoFile) return Errno{ABI_EBADF};
  const OpenFile& f = k.files[id];
  if (f.kind != FileKind::inode || k.fs.inode(f.inode).type != FileType::regular) return Errno{ABI_ENODEV};
  u32 mode = f.flags & ABI_O_ACCMODE;
  if (mode == ABI_O_WRONLY) return Errno{ABI_EACCES};
  if (type == ABI_MAP_SHARED && (prot & ABI_PROT_WRITE) && mode != ABI_O_RDWR) return Errno{ABI_EACCES};
  return f.inode;
}

SysResult sys_mmap2(Kernel& k, Process& p, SysArgs a) {
  u32 addr = a[0], len = a[1], prot = a[2], flags = a[3];
  if (len == 0) return err(ABI_EINVAL);
  u32 type = flags & 0xf;
  if (type != ABI_MAP_PRIVATE && type != ABI_MAP_SHARED) return err(ABI_EINVAL);
  InodeId inode = kNoInode;
  u64 file_offset = u64(a[5]) * kPageSize;  // mmap2 counts the offset in pages
  if (!(flags & ABI_MAP_ANONYMOUS)) {
    KResult<InodeId> file = mapped_file(k, p, int(a[4]), type, prot);
    if (!file.ok()) return err(file.error());
    if (file_offset > 0xFFFFFFFFull) return err(ABI_EOVERFLOW);
    inode = *file;
  }
  u64 size = (u64(len) + kPageMask) & ~u64(kPageMask);
  if (size > kMmapTop) return err(ABI_ENOMEM);
  if (exceeds_address_space_limit(k, p, size)) return err(ABI_ENOMEM);  // RLIMIT_AS
  u32 pte_prot = pte_protection(prot);
  AddressSpace& s = k.spaces[p.mm];
  u32 start = 0;
  if (flags & ABI_MAP_FIXED) {
    if (addr & kPageMask) return err(ABI_EINVAL);
    if (u64(addr) + size > kMmapTop) return err(ABI_ENOMEM);
    start = addr;
    unmap_range(k, p.mm, start, u32(start + size));
  } else {
    // Top-down search for a gap below kMmapTop, like Linux's default layout.
    u64 top = kMmapTop;
    for (auto it = s.regions.rbegin(); it != s.regions.rend(); ++it) {
      if (it->start >= top) continue;
      if (it->end <= top && top - it->end >= size) break;
      top = std::min<u64>(top, it->start);
    }
    if (top < size || top - size < s.brk_start) return err(ABI_ENOMEM);
    start = u32(top - size);
  }
  // PROT_NONE gives a region with no access: every touch is SIGSEGV.
  Region region{start, u32(start + size), pte_prot, RegionKind::mmap, type == ABI_MAP_SHARED, inode,
                u32(file_offset)};
  KResult<void> added = add_region(k, p.mm, region);
  if (!added.ok()) return err(added.error());
  if (inode != kNoInode) k.fs.open_inode(inode);  // the mapping keeps the file alive
  return ret(i32(start));
}

SysResult sys_munmap(Kernel& k, Process& p, SysArgs a) {
  if ((a[0] & kPageMask) || a[1] == 0) return err(ABI_EINVAL);
  u64 end = (u64(a[0]) + a[1] + kPageMask) & ~u64(kPageMask);
  if (end > kUserTop) return err(ABI_EINVAL);
  unmap_range(k, p.mm, a[0], u32(end));
  return ret(0);
}

SysResult sys_mprotect(Kernel& k, Process& p, SysArgs a) {
  if ((a[0] & kPageMask) || (a[2] & ~u32(ABI_PROT_READ | ABI_PROT_WRITE | ABI_PROT_EXEC))) {
    return err(ABI_EINVAL);
  }
  u64 end = (u64(a[0]) + a[1] + kPageMask) & ~u64(kPageMask);
  if (end > kUserTop) return err(ABI_ENOMEM);
  if (end == a[0]) return ret(0);
  u32 prot = a[2];
  u32 pte_prot = pte_protection(prot);
  return ret_or_err(protect_range(k, p.mm, a[0], u32(end), pte_prot));
}

// ---- Dispatch -----------------------------------------------------------------------------

const char* syscall_name(u32 nr) {
  switch (nr) {
#define FORKLAB_SYSCALL_NAME(name) \
  case ABI_SYS_##name:             \
    return #name;
    ABI_SYSCALL_LIST(FORKLAB_SYSCALL_NAME)
#undef FORKLAB_SYSCALL_NAME
  }
  return "unknown";
}

namespace {

SysResult dispatch(Kernel& k, Process& p, u32 nr, SysArgs a) {
  switch (nr) {
    case ABI_SYS_exit: return sys_exit_thread(k, p, a);
    case ABI_SYS_exit_group: return sys_exit(k, p, a);
    case ABI_SYS_clone: return sys_clone_call(k, p, a);
    case ABI_SYS_execve: return sys_execve(k, p, a);
    case ABI_SYS_wait4: return sys_wait4_call(k, p, a);
    case ABI_SYS_waitid: return sys_waitid_call(k, p, a);
    case ABI_SYS_kill: return sys_kill_call(k, p, a);
    case ABI_SYS_getpid: return ret(p.tgid);
    case ABI_SYS_gettid: return ret(p.pid);
    case ABI_SYS_getppid: return ret(p.ppid);
    case ABI_SYS_getuid: case ABI_SYS_geteuid: return ret(i32(p.uid));
    case ABI_SYS_getgid: case ABI_SYS_getegid: return ret(i32(p.gid));
    case ABI_SYS_getpgid: return sys_getpgid(k, p, a);
    case ABI_SYS_setpgid: return sys_setpgid(k, p, a);
    case ABI_SYS_getsid: return sys_getsid(k, p, a);
    case ABI_SYS_setsid: return sys_setsid(k, p, a);
    case ABI_SYS_umask: return sys_umask(k, p, a);
    case ABI_SYS_uname: return sys_uname(k, p, a);
    case ABI_SYS_prlimit64: return sys_prlimit64(k, p, a);
    case ABI_SYS_getpriority: return sys_getpriority(k, p, a);
    case ABI_SYS_setpriority: return sys_setpriority(k, p, a);
    case ABI_SYS_times: return sys_times(k, p, a);
    case ABI_SYS_getrusage: return sys_getrusage(k, p, a);
    case ABI_SYS_sched_yield: k.slice_left = 0; return ret(0);
    case ABI_SYS_set_tid_address: return sys_set_tid_address(k, p, a);
    case ABI_SYS_futex_time64: return sys_futex(k, p, a);
    case ABI_SYS_set_robust_list: return ret(0);
    case ABI_SYS_clock_gettime64: return sys_clock_gettime64(k, p, a);
    case ABI_SYS_clock_nanosleep_time64: return sys_clock_nanosleep(k, p, a);
    case ABI_SYS_getrandom: return sys_getrandom(k, p, a);
    case ABI_SYS_getitimer: return sys_getitimer(k, p, a);
    case ABI_SYS_setitimer: return sys_setitimer(k, p, a);
    case ABI_SYS_rt_sigaction: return sys_rt_sigaction(k, p, a);
    case ABI_SYS_rt_sigprocmask: return sys_rt_sigprocmask(k, p, a);
    case ABI_SYS_rt_sigreturn: return sys_rt_sigreturn(k, p, a);
    case ABI_SYS_rt_sigsuspend: return sys_rt_sigsuspend(k, p, a);
    case ABI_SYS_rt_sigpending: return sys_rt_sigpending(k, p, a);
    case ABI_SYS_tkill: return sys_kill_call(k, p, a);
    case ABI_SYS_tgkill: return ret(a[0] == u32(p.pid) || find_process(k, i32(a[0]))
                                        ? sys_kill(k, p, i32(a[1]), int(a[2]))
                                        : -ABI_ESRCH);
    case ABI_SYS_brk: return sys_brk(k, p, a);
    case ABI_SYS_mmap2: return sys_mmap2(k, p, a);
    case ABI_SYS_munmap: return sys_munmap(k, p, a);
    case ABI_SYS_mprotect: return sys_mprotect(k, p, a);
    case ABI_SYS_openat: return sys_openat(k, p, a);
    case ABI_SYS_close: return sys_close(k, p, a);
    case ABI_SYS_read: return sys_read(k, p, a);
    case ABI_SYS_write: return sys_write(k, p, a);
    case ABI_SYS_readv: return sys_readv(k, p, a);
    case ABI_SYS_writev: return sys_writev(k, p, a);
    case ABI_SYS_llseek: return sys_llseek(k, p, a);
    case ABI_SYS_dup: return sys_dup(k, p, a);
    case ABI_SYS_dup3: return sys_dup3(k, p, a);
    case ABI_SYS_fcntl64: return sys_fcntl64(k, p, a);
    case ABI_SYS_pipe2: return sys_pipe2(k, p, a);
    case ABI_SYS_getdents64: return sys_getdents64(k, p, a);
    case ABI_SYS_statx: return sys_statx(k, p, a);
    case ABI_SYS_chdir: return sys_chdir(k, p, a);
    case ABI_SYS_fchdir: return sys_fchdir(k, p, a);
    case ABI_SYS_getcwd: return sys_getcwd(k, p, a);
    case ABI_SYS_mkdirat: return sys_mkdirat(k, p, a);
    case ABI_SYS_unlinkat: return sys_unlinkat(k, p, a);
    case ABI_SYS_renameat2: return sys_renameat2(k, p, a);
    case ABI_SYS_symlinkat: return sys_symlinkat(k, p, a);
    case ABI_SYS_readlinkat: return sys_readlinkat(k, p, a);
    case ABI_SYS_faccessat: return sys_faccessat(k, p, a);
    case ABI_SYS_ftruncate64: return sys_ftruncate64(k, p, a);
    case ABI_SYS_ioctl: return sys_ioctl(k, p, a);
    default: return err(ABI_ENOSYS);
  }
}

}  // namespace

void handle_syscall(Kernel& k, Process& p) {
  u32 nr = p.regs[17];
  u32 args[6];
  std::copy(p.regs.begin() + 10, p.regs.begin() + 16, args);
  if (!p.restarting_syscall) {
    emit(k, EventKind::syscall_enter, p.pid, {nr, args[0], args[1], args[2], args[3], args[4], args[5]},
         syscall_name(nr));
  }
  SysResult r = dispatch(k, p, nr, args);
  if (!p.live || p.state == ProcState::zombie) return;  // exit, or killed on the way
  sync_thread_group(k, p);  // what the call changed, the other threads share
  if (r.keep_registers) {
    emit(k, EventKind::syscall_exit, p.pid, {nr, p.regs[10]}, syscall_name(nr));
    return;
  }
  if (r.block) {
    p.pc -= 4;  // run the ecall again once woken
    p.restarting_syscall = true;
    sleep_on(k, p, r.channel);
    return;
  }
  p.restarting_syscall = false;
  p.regs[10] = u32(r.value);
  emit(k, EventKind::syscall_exit, p.pid, {nr, u32(r.value)}, syscall_name(nr));
}

}  // namespace forklab::kernel
