#include "kernel/invariants.h"

#include <algorithm>
#include <cstring>
#include <optional>
#include <span>
#include <unordered_set>

#include "machine/sv32.h"

namespace forklab::kernel {

using namespace machine;

namespace {

constexpr usize kMaxReports = 32;

struct Report {
  std::vector<std::string> lines;
  void add(const std::string& line) {
    if (lines.size() < kMaxReports) lines.push_back(line);
  }
};

// The i-th 32-bit word of a page-table frame (read in place: this is the
// checker's inner loop).
u32 load_u32(std::span<const u8> frame, u32 i) {
  u32 v;
  std::memcpy(&v, frame.data() + usize(i) * 4, 4);
  return v;
}

std::string pid_text(i32 pid) { return "pid " + std::to_string(pid); }

// Every frame's refcount equals the references the kernel can account for:
// leaf PTEs in live address spaces, one per page-table frame, and the
// kernel's own hold on the signal trampoline.
void check_frames(const Kernel& k, Report& r) {
  std::vector<u32> expected(frame_count(k.m), 0);
  // (The message is only built for a bad frame: this runs often.)
  auto count = [&](u32 frame, auto&& what) {
    if (frame >= expected.size()) {
      r.add(what() + " points past physical memory (frame " + std::to_string(frame) + ")");
      return;
    }
    expected[frame] += 1;
  };
  if (k.trampoline_frame) count(k.trampoline_frame, [] { return std::string("trampoline"); });
  for (u32 mm = 1; mm < k.spaces.size(); ++mm) {
    const AddressSpace& s = k.spaces[mm];
    if (!s.live) continue;
    auto name = [mm] { return "address space " + std::to_string(mm); };
    count(s.root_frame, [&] { return name() + " root"; });
    if (s.root_frame >= expected.size()) continue;
    std::span<const u8> root = frame_bytes(k.m, s.root_frame);
    for (u32 i = 0; i < kPageSize / 4; ++i) {
      u32 l1 = load_u32(root, i);
      if (!(l1 & kPteV)) continue;
      count(pte_frame(l1), [&] { return name() + " page table"; });
      if (pte_frame(l1) >= expected.size()) continue;
      std::span<const u8> table = frame_bytes(k.m, pte_frame(l1));
      for (u32 j = 0; j < kPageSize / 4; ++j) {
        u32 pte = load_u32(table, j);
        if (!(pte & kPteV)) continue;
        u32 va = i << 22 | j << 12;
        count(pte_frame(pte), [&] { return name() + " page at " + std::to_string(va); });
        if ((pte & kPteW) && (pte & kPteCow)) r.add(name() + ": a page is both writable and COW");
        if (!find_region(s, va) ) r.add(name() + ": a mapped page lies outside every region");
      }
    }
  }
  for (u32 f = 1; f < expected.size(); ++f) {
    u32 actual = frame_refcount(k.m, f);
    if (actual != expected[f]) {
      r.add("frame " + std::to_string(f) + " has refcount " + std::to_string(actual) + " but " +
            std::to_string(expected[f]) + " references");
    }
  }
}

void check_processes(const Kernel& k, Report& r) {
  std::unordered_set<i32> queued_pids(k.run_queue.begin(), k.run_queue.end());
  usize live = 0;
  for (usize slot = 0; slot < k.procs.size(); ++slot) {
    const Process& p = k.procs[slot];
    if (!p.live) continue;
    ++live;
    if (p.alarm_ns != 0 && p.state != ProcState::zombie && p.alarm_ns < k.next_timer_ns) {
      r.add(pid_text(p.pid) + "'s alarm is due before the kernel's next timer check");
    }
    if (p.state == ProcState::sleeping && p.channel.kind == WaitKind::timer && p.wake_time_ns < k.next_timer_ns) {
      r.add(pid_text(p.pid) + "'s sleep ends before the kernel's next timer check");
    }
    if (p.slot != slot) r.add(pid_text(p.pid) + " sits in slot " + std::to_string(slot) + " but says " + std::to_string(p.slot));
    if (p.pid != 1) {
      const Process* parent = find_process(k, p.ppid);
      if (!parent) r.add(pid_text(p.pid) + " has no parent (ppid " + std::to_string(p.ppid) + ")");
      else if (p.state == ProcState::zombie && parent->state == ProcState::zombie && parent->pid != 1 &&
               !parent->awaiting_threads) {  // (the parent's other threads can still reap it)
        r.add(pid_text(p.pid) + " is a zombie whose parent can no longer reap it");
      }
    }
    bool queued = queued_pids.count(p.pid) != 0;
    if (p.state == ProcState::running && !queued && k.current != p.pid) {
      r.add(pid_text(p.pid) + " is runnable but neither queued nor on the hart");
    }
    if (p.state != ProcState::running && queued) {
      r.add(pid_text(p.pid) + " is queued but not runnable (state " + state_letter(p.state) + ")");
    }
    if (p.state != ProcState::zombie && (p.mm == 0 || p.mm >= k.spaces.size() || !k.spaces[p.mm].live)) {
      r.add(pid_text(p.pid) + " has no address space");
    }
  }
  if (live != k.live_processes) {
    r.add(std::to_string(live) + " live processes but the kernel counts " + std::to_string(k.live_processes));
  }
  for (i32 other : k.run_queue) {
    if (!find_process(k, other)) r.add("the run queue holds pid " + std::to_string(other) + ", which does not exist");
  }
  std::vector<u32> users(k.spaces.size(), 0);
  for (const Process& p : k.procs) {
    if (p.live && p.state != ProcState::zombie && p.mm < users.size()) users[p.mm] += 1;
  }
  for (u32 mm = 1; mm < k.spaces.size(); ++mm) {
    if (k.spaces[mm].live && k.spaces[mm].users != users[mm]) {
      r.add("address space " + std::to_string(mm) + " counts " + std::to_string(k.spaces[mm].users) +
            " users but " + std::to_string(users[mm]) + " processes use it");
    }
  }
}

void check_files(const Kernel& k, Report& r) {
  std::vector<u32> refs(k.files.size(), 0);
  for (const Process& p : k.procs) {
    if (!p.live) continue;
    for (const FdEntry& e : p.fds.fds) {
      if (e.file == kNoFile) continue;
      if (e.file >= k.files.size() || !k.files[e.file].live) {
        r.add(pid_text(p.pid) + " has an fd on a closed file description");
        continue;
      }
      refs[e.file] += 1;
    }
  }
  std::vector<u32> readers(k.pipes.size(), 0), writers(k.pipes.size(), 0);
  for (usize i = 0; i < k.files.size(); ++i) {
    const OpenFile& f = k.files[i];
    if (!f.live) continue;
    if (f.refcount != refs[i]) {
      r.add("file description " + std::to_string(i) + " counts " + std::to_string(f.refcount) + " fds but " +
            std::to_string(refs[i]) + " point at it");
    }
    if (f.kind == FileKind::pipe_read && f.pipe < readers.size()) readers[f.pipe] += 1;
    if (f.kind == FileKind::pipe_write && f.pipe < writers.size()) writers[f.pipe] += 1;
  }
  for (usize i = 1; i < k.pipes.size(); ++i) {
    const Pipe& p = k.pipes[i];
    if (!p.live) continue;
    if (p.readers != readers[i] || p.writers != writers[i]) {
      r.add("pipe " + std::to_string(i) + " counts " + std::to_string(p.readers) + " readers and " +
            std::to_string(p.writers) + " writers but has " + std::to_string(readers[i]) + " and " +
            std::to_string(writers[i]));
    }
  }
}

// A cached translation must be the one the page tables give now.
void check_tlb(const Kernel& k, Report& r) {
  if (!(k.m.satp >> 31)) return;
  u32 root = satp_root(k.m.satp);
  auto check = [&](const TlbEntry& e, const char* which, u32 need) {
    if (e.vpage & kPageMask) return;  // invalid entry
    std::optional<PteSlot> slot = find_pte(k.m, root, e.vpage);
    u32 paddr = e.vpage + e.delta;
    if (!slot || !(slot->value & kPteV) || ((slot->value & need) != need) ||
        pte_frame(slot->value) != paddr >> kPageShift) {
      r.add(std::string("a stale ") + which + " TLB entry for " + std::to_string(e.vpage));
    }
  };
  for (const TlbEntry& e : k.m.tlb.read) check(e, "read", kPteR);
  for (const TlbEntry& e : k.m.tlb.write) check(e, "write", kPteW);
}

}  // namespace

std::vector<std::string> check_invariants(const Kernel& k) {
  Report r;
  check_frames(k, r);
  check_processes(k, r);
  check_files(k, r);
  check_tlb(k, r);
  return r.lines;
}

}  // namespace forklab::kernel
