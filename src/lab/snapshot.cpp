#include "lab/snapshot.h"

#include <algorithm>

#include "kernel/abi/signal.h"
#include "machine/disasm.h"
#include "machine/sv32.h"

namespace forklab::lab {

using namespace kernel;
using namespace machine;

namespace {

// Calls fn(va, pte) for each present 4 KiB page of an address space.
template <class Fn>
void for_each_page(const Machine& m, u32 root, Fn fn) {
  for (u32 i = 0; i < kPageSize / 4; ++i) {
    u32 l1 = read_phys_u32(m, (root << kPageShift) + i * 4);
    if (!(l1 & kPteV) || pte_is_leaf(l1)) continue;
    for (u32 j = 0; j < kPageSize / 4; ++j) {
      u32 pte = read_phys_u32(m, (pte_frame(l1) << kPageShift) + j * 4);
      if (pte & kPteV) fn(i << 22 | j << 12, pte);
    }
  }
}

std::string command_of(const Process& p) {
  if (p.state == ProcState::zombie) return "[" + p.name + "] <defunct>";
  std::string s;
  for (const std::string& a : p.argv) s += (s.empty() ? "" : " ") + a;
  return s.empty() ? "[" + p.name + "]" : s;
}

const char* kind_name(FileKind kind) {
  switch (kind) {
    case FileKind::inode: return "file";
    case FileKind::pipe_read: return "pipe (read end)";
    case FileKind::pipe_write: return "pipe (write end)";
    case FileKind::tty: return "tty";
    case FileKind::stream: return "console stream";
    case FileKind::null: return "null";
    case FileKind::snapshot: return "proc file";
    case FileKind::proc_dir: return "proc dir";
  }
  return "?";
}

}  // namespace

ProcessTable snapshot_processes(const Kernel& k, FrameOwners* owners) {
  if (owners) {
    owners->by_frame.assign(frame_count(k.m), {});
    owners->free_frames = free_frame_count(k.m);
  }
  ProcessTable t;
  t.instret = k.m.hart.instret;
  t.time_ns = now_ns(k);
  t.slots = u32(k.procs.size());
  for (const Process& p : k.procs) {
    if (!p.live) continue;
    ProcessRow r;
    r.pid = p.pid, r.ppid = p.ppid, r.pgid = p.pgid, r.sid = p.sid, r.slot = p.slot;
    r.tgid = p.tgid;
    r.state = state_letter(p.state);
    bool asleep = p.state == ProcState::sleeping || p.state == ProcState::disk;
    r.wchan = asleep ? wait_kind_name(p.channel.kind) : "-";
    r.nice = p.nice;
    r.utime_insns = p.utime_insns, r.stime_insns = p.stime_insns, r.start_time_ns = p.start_time_ns;
    r.minor_faults = p.minor_faults, r.cow_faults = p.cow_faults;
    if (p.mm && k.spaces[p.mm].live) {
      for_each_page(k.m, k.spaces[p.mm].root_frame, [&](u32, u32 pte) {
        r.resident_pages += 1;
        if (frame_refcount(k.m, pte_frame(pte)) > 1) r.shared_pages += 1;
        if (pte & kPteCow) r.cow_pages += 1;
        if (owners && pte_frame(pte) < owners->by_frame.size()) {
          std::vector<i32>& pids = owners->by_frame[pte_frame(pte)];
          if (pids.empty() || pids.back() != p.pid) pids.push_back(p.pid);
        }
      });
    }
    r.name = p.name;
    r.command = command_of(p);
    r.fork_return = p.fork_ret_in_parent;
    r.adopted = p.adopted;
    r.on_hart = p.pid == k.current;
    t.rows.push_back(std::move(r));
  }
  std::sort(t.rows.begin(), t.rows.end(), [](const ProcessRow& a, const ProcessRow& b) { return a.pid < b.pid; });
  return t;
}

AddressSpaceView snapshot_memory(const Kernel& k, i32 pid) {
  AddressSpaceView v;
  v.pid = pid;
  const Process* p = find_process(k, pid);
  if (!p || !p->mm || !k.spaces[p->mm].live) return v;
  const AddressSpace& s = k.spaces[p->mm];
  v.root_frame = s.root_frame;
  v.brk = s.brk;
  v.regions = s.regions;
  for_each_page(k.m, s.root_frame, [&](u32 va, u32 pte) {
    v.pages.push_back(PageRow{va, pte, pte_frame(pte), frame_refcount(k.m, pte_frame(pte)),
                              (pte & kPteCow) != 0});
  });
  return v;
}

std::vector<FdRow> snapshot_fds(const Kernel& k, i32 pid) {
  std::vector<FdRow> rows;
  const Process* p = find_process(k, pid);
  if (!p) return rows;
  for (usize fd = 0; fd < p->fds.fds.size(); ++fd) {
    const FdEntry& e = p->fds.fds[fd];
    if (e.file == kNoFile) continue;
    const OpenFile& f = k.files[e.file];
    rows.push_back(FdRow{int(fd), e.file, kind_name(f.kind), f.path, f.offset, f.flags, e.cloexec, f.refcount});
  }
  return rows;
}

FrameOwners snapshot_frame_owners(const Kernel& k) {
  FrameOwners owners;
  owners.by_frame.resize(frame_count(k.m));
  owners.free_frames = free_frame_count(k.m);
  for (const Process& p : k.procs) {
    if (!p.live || !p.mm || !k.spaces[p.mm].live) continue;
    for_each_page(k.m, k.spaces[p.mm].root_frame, [&](u32, u32 pte) {
      u32 f = pte_frame(pte);
      if (f >= owners.by_frame.size()) return;
      std::vector<i32>& pids = owners.by_frame[f];
      if (pids.empty() || pids.back() != p.pid) pids.push_back(p.pid);
    });
  }
  return owners;
}

SignalView snapshot_signals(const Kernel& k, i32 pid) {
  SignalView v;
  v.pid = pid;
  const Process* p = find_process(k, pid);
  if (!p) return v;
  v.pending = p->pending;
  v.blocked = p->blocked;
  for (usize i = 0; i < v.handler.size(); ++i) {
    v.handler[i] = p->actions[i].handler;
    v.flags[i] = p->actions[i].flags;
  }
  return v;
}

std::string signal_name(int sig) {
  switch (sig) {
#define FORKLAB_SIGNAL_NAME(name, description) \
  case ABI_SIG##name: return "SIG" #name;
    ABI_SIGNAL_LIST(FORKLAB_SIGNAL_NAME)
#undef FORKLAB_SIGNAL_NAME
  }
  if (sig == ABI_SIGRTMIN) return "SIGRTMIN";
  if (sig > ABI_SIGRTMIN && sig <= ABI_NSIG) return "SIGRTMIN+" + std::to_string(sig - ABI_SIGRTMIN);
  return "";
}

namespace {

// Reads a word of `pid`'s memory by walking its page table, without
// faulting pages in or touching the TLB (the UI only looks).
bool peek_user_u32(const Machine& m, u32 root, u32 va, u32* out) {
  u32 l1 = read_phys_u32(m, (root << kPageShift) + (va >> 22) * 4);
  if (!(l1 & kPteV) || pte_is_leaf(l1)) return false;
  u32 pte = read_phys_u32(m, (pte_frame(l1) << kPageShift) + ((va >> 12) & 0x3ff) * 4);
  if (!(pte & kPteV)) return false;
  *out = read_phys_u32(m, (pte_frame(pte) << kPageShift) + (va & 0xffc));
  return true;
}

}  // namespace

CpuView snapshot_cpu(const Kernel& k, i32 pid, int lines_before, int lines_after) {
  CpuView v;
  v.pid = pid;
  const Process* p = find_process(k, pid);
  if (!p || p->state == ProcState::zombie || !p->mm || !k.spaces[p->mm].live) return v;
  v.valid = true;
  bool on_hart = pid == k.current;
  v.pc = on_hart ? k.m.hart.pc : p->pc;
  v.regs = on_hart ? k.m.hart.x : p->regs;
  u32 root = k.spaces[p->mm].root_frame;
  for (int i = -lines_before; i <= lines_after; ++i) {
    CpuView::CodeLine line;
    line.pc = v.pc + u32(i * 4);
    line.mapped = peek_user_u32(k.m, root, line.pc, &line.insn);
    line.text = line.mapped ? disassemble(line.insn, line.pc) : "(not mapped)";
    if (i == 0 && line.mapped && line.insn == 0x00000073u) v.at_ecall = true;
    v.code.push_back(std::move(line));
  }
  if (v.at_ecall) v.syscall = syscall_name(v.regs[17]);
  return v;
}

}  // namespace forklab::lab

namespace forklab::lab {

std::string process_table_json(const ProcessTable& t) {
  std::string out = "{\"instret\":" + std::to_string(t.instret) + ",\"time_ns\":" + std::to_string(t.time_ns) +
                    ",\"slots\":" + std::to_string(t.slots) + ",\"processes\":[";
  for (usize i = 0; i < t.rows.size(); ++i) {
    const ProcessRow& r = t.rows[i];
    if (i) out += ',';
    out += "{\"pid\":" + std::to_string(r.pid) + ",\"ppid\":" + std::to_string(r.ppid) +
           ",\"pgid\":" + std::to_string(r.pgid) + ",\"sid\":" + std::to_string(r.sid) +
           ",\"slot\":" + std::to_string(r.slot) + ",\"state\":\"" + std::string(1, r.state) + "\",\"wchan\":";
    kernel::append_json_string(out, r.wchan);
    out += ",\"nice\":" + std::to_string(r.nice) + ",\"resident_pages\":" + std::to_string(r.resident_pages) +
           ",\"shared_pages\":" + std::to_string(r.shared_pages) + ",\"cow_pages\":" + std::to_string(r.cow_pages) +
           ",\"minor_faults\":" + std::to_string(r.minor_faults) + ",\"cow_faults\":" + std::to_string(r.cow_faults) +
           ",\"fork_return\":" + std::to_string(r.fork_return) + ",\"adopted\":" + (r.adopted ? "true" : "false") +
           ",\"on_hart\":" + (r.on_hart ? "true" : "false") + ",\"utime_insns\":" + std::to_string(r.utime_insns) +
           ",\"stime_insns\":" + std::to_string(r.stime_insns);
    if (r.fork_return != 0) {
      // What fork() returned on each side of the tree edge (SPEC §6.1).
      out += ",\"fork_label_parent\":\"fork() = " + std::to_string(r.fork_return) +
             "\",\"fork_label_child\":\"fork() = 0\"";
    }
    out += ",\"name\":";
    kernel::append_json_string(out, r.name);
    out += ",\"command\":";
    kernel::append_json_string(out, r.command);
    out += '}';
  }
  return out + "]}";
}

}  // namespace forklab::lab
