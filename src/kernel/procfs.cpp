#include "kernel/procfs.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "kernel/abi/signal.h"
#include "machine/sv32.h"

namespace forklab::kernel {
namespace {

constexpr u64 kTicksPerSecond = 100;  // USER_HZ, what stat's times count in
constexpr u32 kConsoleTtyNr = 136u << 8;  // /dev/pts/0, as ps shows it

u64 ticks(u64 insns) { return insns * kNsPerInsn * kTicksPerSecond / 1000000000ull; }

const char* state_name(ProcState s) {
  switch (s) {
    case ProcState::running: return "R (running)";
    case ProcState::sleeping: return "S (sleeping)";
    case ProcState::disk: return "D (disk sleep)";
    case ProcState::stopped: return "T (stopped)";
    case ProcState::zombie: return "Z (zombie)";
  }
  return "?";
}

// The console belongs to one session (Kernel::console_sid); init itself
// has no controlling terminal, so ps shows "?" for it.
u32 tty_nr(const Kernel& k, const Process& p) {
  return p.pid != 1 && p.sid == k.console_sid ? kConsoleTtyNr : 0;
}

u64 vm_bytes(const Kernel& k, const Process& p) {
  if (p.mm == 0 || !k.spaces[p.mm].live) return 0;
  u64 total = 0;
  for (const Region& r : k.spaces[p.mm].regions) total += r.end - r.start;
  return total;
}

u32 rss_pages(const Kernel& k, const Process& p) {
  return p.mm == 0 ? 0 : resident_pages(k, k.spaces[p.mm]);
}

u64 caught_mask(const Process& p, bool ignored) {
  u64 mask = 0;
  for (int sig = 1; sig <= kSignalCount; ++sig) {
    u32 h = p.actions[usize(sig)].handler;
    if (ignored ? h == ABI_SIG_IGN : (h != ABI_SIG_IGN && h != ABI_SIG_DFL)) mask |= 1ull << (sig - 1);
  }
  return mask;
}

std::string format(const char* fmt, auto... args) {
  char buf[512];
  int n = std::snprintf(buf, sizeof buf, fmt, args...);
  return std::string(buf, usize(n < 0 ? 0 : n < int(sizeof buf) ? n : int(sizeof buf) - 1));
}

// A process's CPU time is that of all its threads (/proc/PID); a thread's
// own is its own (/proc/PID/task/TID).
void cpu_times(const Kernel& k, const Process& p, bool whole_group, u64* ut, u64* st) {
  if (whole_group) {
    group_times(k, p, ut, st);
  } else {
    *ut = p.utime_insns;
    *st = p.stime_insns;
  }
}

std::string stat_text(const Kernel& k, const Process& p, bool whole_group) {
  // proc(5): 52 fields; the ones ps and top read are filled, the rest 0.
  u32 tty = tty_nr(k, p);
  u64 ut = 0, st = 0;
  cpu_times(k, p, whole_group, &ut, &st);
  std::string s = format("%d (%s) %c %d %d %d %u %d %u ", p.pid, p.name.c_str(), state_letter(p.state),
                         p.ppid, p.pgid, p.sid, tty, tty ? p.sid : -1, 0x400000u);
  s += format("%llu %llu 0 0 %llu %llu %llu %llu ", (unsigned long long)(p.minor_faults + p.cow_faults),
              0ull, (unsigned long long)ticks(ut), (unsigned long long)ticks(st),
              (unsigned long long)ticks(p.children_utime_insns),
              (unsigned long long)ticks(p.children_stime_insns));
  s += format("%d %d %u 0 %llu %llu %u ", 20 + p.nice, p.nice, unsigned(std::max<usize>(1, live_threads(k, p.tgid))),
              (unsigned long long)(p.start_time_ns * kTicksPerSecond / 1000000000ull),
              (unsigned long long)vm_bytes(k, p), rss_pages(k, p));
  s += "4294967295";  // rsslim
  for (int field = 26; field <= 52; ++field) s += field == 39 ? " 0" : " 0";
  return s + "\n";
}

std::string status_text(const Kernel& k, const Process& p) {
  std::string s;
  s += "Name:\t" + p.name + "\n";
  s += format("Umask:\t%04o\nState:\t%s\nTgid:\t%d\nNgid:\t0\nPid:\t%d\nPPid:\t%d\nTracerPid:\t0\n", p.umask,
              state_name(p.state), p.tgid, p.pid, p.ppid);
  s += format("Uid:\t%u\t%u\t%u\t%u\nGid:\t%u\t%u\t%u\t%u\n", p.uid, p.uid, p.uid, p.uid, p.gid, p.gid, p.gid,
              p.gid);
  s += format("FDSize:\t%u\n", unsigned(p.fds.fds.size() < 64 ? 64 : p.fds.fds.size()));
  if (p.state != ProcState::zombie) {
    s += format("VmSize:\t%8llu kB\nVmRSS:\t%8u kB\n", (unsigned long long)(vm_bytes(k, p) / 1024),
                rss_pages(k, p) * 4);
  }
  s += format("Threads:\t%u\nSigPnd:\t%016llx\nShdPnd:\t0000000000000000\nSigBlk:\t%016llx\n",
              unsigned(std::max<usize>(1, live_threads(k, p.tgid))), (unsigned long long)p.pending,
              (unsigned long long)p.blocked);
  s += format("SigIgn:\t%016llx\nSigCgt:\t%016llx\n", (unsigned long long)caught_mask(p, true),
              (unsigned long long)caught_mask(p, false));
  // ForkLab's own lines: the process-table slot (Linux 0.11's task[] index),
  // what it waits for, and its page-fault counters.
  s += format("Slot:\t%u\nWchan:\t%s\nNice:\t%d\nMinorFaults:\t%llu\nCowFaults:\t%llu\n", p.slot,
              p.state == ProcState::sleeping || p.state == ProcState::disk ? wait_kind_name(p.channel.kind) : "0",
              p.nice, (unsigned long long)p.minor_faults, (unsigned long long)p.cow_faults);
  return s;
}

std::string maps_text(const Kernel& k, const Process& p) {
  if (p.mm == 0 || !k.spaces[p.mm].live) return "";
  std::string s;
  for (const Region& r : k.spaces[p.mm].regions) {
    using namespace machine;
    const char* name = r.kind == RegionKind::heap ? "[heap]" : r.kind == RegionKind::stack ? "[stack]"
                       : r.kind == RegionKind::vdso ? "[vdso]" : "";
    s += format("%08x-%08x %c%c%c%c 00000000 00:00 0          %s\n", r.start, r.end, r.prot & kPteR ? 'r' : '-',
                r.prot & kPteW ? 'w' : '-', r.prot & kPteX ? 'x' : '-', r.shared ? 's' : 'p', name);
  }
  return s;
}

std::string cmdline_text(const Process& p) {
  if (p.state == ProcState::zombie) return "";  // a zombie has no memory left to show
  std::string s;
  for (const std::string& a : p.argv) {
    s += a;
    s += '\0';
  }
  return s;
}

// An argument as strace would show it, roughly: small numbers in decimal,
// addresses in hex.
std::string argument_text(u32 value) {
  bool small = value < 0x10000 || (i32(value) >= -4096 && i32(value) < 0);
  return small ? std::to_string(i32(value)) : format("0x%x", value);
}

// /proc/PID/syscalls, ForkLab's own (for /bin/trace): the process's last
// finished system calls still in the event ring, oldest first, one a line:
// "SEQ NAME(A0, A1, A2) = RESULT", SEQ being the call's enter event.
std::string syscalls_text(const Kernel& k, const Process& p) {
  constexpr usize kMaxCalls = 64;
  constexpr usize kMaxScan = 1u << 18;  // events looked at, newest first
  std::vector<std::string> lines;
  u32 result = 0;
  bool have_result = false;
  usize n = k.events.size();
  for (usize i = n; i-- > 0 && n - i <= kMaxScan && lines.size() < kMaxCalls;) {
    const Event& e = k.events.at(i);
    if (e.pid != p.pid) continue;
    if (e.kind == EventKind::syscall_exit) {
      result = e.f[1];
      have_result = true;
    } else if (e.kind == EventKind::syscall_enter && have_result) {
      lines.push_back(format("%llu %s(%s, %s, %s) = %d", (unsigned long long)e.seq, syscall_name(e.f[0]),
                             argument_text(e.f[1]).c_str(), argument_text(e.f[2]).c_str(),
                             argument_text(e.f[3]).c_str(), i32(result)));
      have_result = false;
    }
  }
  std::string s;
  for (auto it = lines.rbegin(); it != lines.rend(); ++it) s += *it + "\n";
  return s;
}

const char* kPidFiles[] = {"cmdline", "comm", "fd", "maps", "stat", "status", "syscalls", "task", "wchan"};

}  // namespace

std::string normalize_path(const Kernel& k, InodeId base, const std::string& path) {
  std::string full = !path.empty() && path[0] == '/' ? path : k.fs.path_of(base) + "/" + path;
  std::vector<std::string> parts;
  usize i = 0;
  while (i < full.size()) {
    while (i < full.size() && full[i] == '/') ++i;
    usize start = i;
    while (i < full.size() && full[i] != '/') ++i;
    std::string part = full.substr(start, i - start);
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
      continue;
    }
    parts.push_back(part);
  }
  std::string out;
  for (const std::string& part : parts) out += "/" + part;
  return out.empty() ? "/" : out;
}

bool is_proc_path(const std::string& normalized) { return normalized.rfind("/proc/", 0) == 0; }

std::optional<ProcNode> find_proc_node(const Kernel& k, const Process& reader, const std::string& path) {
  if (!is_proc_path(path)) return std::nullopt;
  std::vector<std::string> parts;
  for (usize i = 6; i <= path.size();) {
    usize slash = path.find('/', i);
    if (slash == std::string::npos) slash = path.size();
    parts.push_back(path.substr(i, slash - i));
    i = slash + 1;
  }
  if (parts.empty() || (parts.size() > 3 && !(parts.size() <= 5 && parts[1] == "task"))) return std::nullopt;
  ProcNode node;
  if (parts[0] == "self") {
    node.pid = reader.tgid;  // the process, whichever of its threads reads
    if (parts.size() == 1) return ProcNode{ProcNode::self_link, reader.tgid, "", -1};
  } else {
    char* end = nullptr;
    long pid = std::strtol(parts[0].c_str(), &end, 10);
    if (parts[0].empty() || *end || pid <= 0 || pid >= kPidMax) return std::nullopt;
    node.pid = i32(pid);
  }
  const Process* p = find_process(k, node.pid);
  if (!p) return std::nullopt;
  if (parts.size() == 1) return node;  // the pid directory
  if (parts[1] == "task") {
    if (parts.size() == 2) return ProcNode{ProcNode::task_dir, node.pid, "task", -1};
    // /proc/PID/task/TID/...: the thread's own directory, if TID is of PID.
    char* end = nullptr;
    long tid = std::strtol(parts[2].c_str(), &end, 10);
    const Process* t = find_process(k, i32(tid));
    if (parts[2].empty() || *end || !t || t->tgid != p->tgid) return std::nullopt;
    std::string rest = "/proc/" + parts[2];
    usize at = path.find('/', path.find("/task/") + 6);
    if (at != std::string::npos) rest += path.substr(at);
    std::optional<ProcNode> inner = find_proc_node(k, reader, rest);
    if (inner) inner->in_task = true;
    return inner;
  }
  bool known = false;
  for (const char* f : kPidFiles) known |= parts[1] == f;
  if (!known) return std::nullopt;
  if (parts[1] == "fd") {
    if (parts.size() == 2) return ProcNode{ProcNode::fd_dir, node.pid, "fd", -1};
    char* end = nullptr;
    long fd = std::strtol(parts[2].c_str(), &end, 10);
    if (parts[2].empty() || *end || fd < 0 || !p->fds.valid(int(fd))) return std::nullopt;
    return ProcNode{ProcNode::fd_link, node.pid, parts[2], int(fd)};
  }
  if (parts.size() != 2) return std::nullopt;
  return ProcNode{ProcNode::file, node.pid, parts[1], -1};
}

std::string proc_file_text(const Kernel& k, const ProcNode& node) {
  const Process* p = find_process(k, node.pid);
  if (!p) return "";
  if (node.name == "stat") return stat_text(k, *p, !node.in_task);
  if (node.name == "status") return status_text(k, *p);
  if (node.name == "cmdline") return cmdline_text(*p);
  if (node.name == "comm") return p->name + "\n";
  if (node.name == "maps") return maps_text(k, *p);
  if (node.name == "syscalls") return syscalls_text(k, *p);
  if (node.name == "wchan") {
    bool asleep = p->state == ProcState::sleeping || p->state == ProcState::disk;
    return asleep ? wait_kind_name(p->channel.kind) : "0";
  }
  return "";
}

std::vector<std::string> proc_dir_entries(const Kernel& k, const ProcNode& node) {
  std::vector<std::string> out;
  if (node.kind == ProcNode::pid_dir) {
    for (const char* f : kPidFiles) out.push_back(f);
  } else if (node.kind == ProcNode::task_dir) {
    std::vector<i32> tids;
    for (const Process& t : k.procs) {
      if (t.live && t.tgid == node.pid) tids.push_back(t.pid);
    }
    std::sort(tids.begin(), tids.end());
    for (i32 tid : tids) out.push_back(std::to_string(tid));
  } else if (node.kind == ProcNode::fd_dir) {
    if (const Process* p = find_process(k, node.pid)) {
      for (usize fd = 0; fd < p->fds.fds.size(); ++fd) {
        if (p->fds.valid(int(fd))) out.push_back(std::to_string(fd));
      }
    }
  }
  return out;
}

std::vector<std::string> proc_root_entries(const Kernel& k) {
  std::vector<i32> pids;
  for (const Process& p : k.procs) {
    if (p.live && is_group_leader(p)) pids.push_back(p.pid);  // threads are under task/
  }
  std::sort(pids.begin(), pids.end());
  std::vector<std::string> out;
  for (i32 pid : pids) out.push_back(std::to_string(pid));
  out.push_back("self");
  return out;
}

std::string proc_link_target(const Kernel& k, const ProcNode& node) {
  if (node.kind == ProcNode::self_link) return std::to_string(node.pid);
  const Process* p = find_process(k, node.pid);
  if (!p || !p->fds.valid(node.fd)) return "";
  const OpenFile& f = k.files[p->fds.file(node.fd)];
  if (f.kind == FileKind::pipe_read || f.kind == FileKind::pipe_write) {
    return "pipe:[" + std::to_string(f.pipe) + "]";
  }
  if (f.kind == FileKind::tty) return "/dev/pts/0";
  return f.path;
}

}  // namespace forklab::kernel
