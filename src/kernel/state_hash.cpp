#include "kernel/state_hash.h"

#include <type_traits>

#include <string>

namespace forklab::kernel {
namespace {

struct Hasher {
  u64 h = 0xcbf29ce484222325ull;  // FNV-1a
  void bytes(const void* data, usize n) {
    const u8* p = static_cast<const u8*>(data);
    for (usize i = 0; i < n; ++i) h = (h ^ p[i]) * 0x100000001b3ull;
  }
  // Integers hash as 64 bits, so the hash is the same whatever the width
  // of size_t (8 bytes natively, 4 in wasm): SPEC §3, one state, one hash.
  template <class T>
  void value(const T& v) {
    if constexpr (std::is_integral_v<T> || std::is_enum_v<T>) {
      u64 wide = u64(v);
      bytes(&wide, sizeof wide);
    } else {
      bytes(&v, sizeof v);
    }
  }
  void text(const std::string& s) {
    value(s.size());
    bytes(s.data(), s.size());
  }
};

void hash_process(Hasher& h, const Process& p) {
  h.value(p.pid), h.value(p.ppid), h.value(p.pgid), h.value(p.sid), h.value(p.slot);
  h.value(p.state), h.value(p.channel.kind), h.value(p.channel.id), h.value(p.wake_time_ns);
  h.value(p.alarm_ns), h.value(p.alarm_interval_ns);
  h.text(p.name);
  for (const std::string& a : p.argv) h.text(a);
  h.value(p.cwd), h.value(p.umask), h.value(p.uid), h.value(p.gid), h.value(p.nice);
  for (const Rlimit& r : p.rlimits) h.value(r.cur), h.value(r.max);
  h.value(p.utime_insns), h.value(p.stime_insns), h.value(p.minor_faults), h.value(p.cow_faults);
  h.value(p.start_time_ns);
  h.bytes(p.regs.data(), sizeof p.regs), h.value(p.pc);
  h.value(p.mm);
  for (const FdEntry& e : p.fds.fds) h.value(e.file), h.value(e.cloexec);
  for (const SignalAction& a : p.actions) h.value(a.handler), h.value(a.flags), h.value(a.mask);
  h.value(p.pending), h.value(p.blocked), h.value(p.exit_signal), h.value(p.wait_status);
  h.value(p.restarting_syscall), h.value(p.vfork_parent);
  h.value(p.tgid), h.value(p.clear_child_tid), h.value(p.futex_mm), h.value(p.futex_woken);
  h.value(p.awaiting_threads), h.value(p.xcpu_second);
}

}  // namespace

u64 state_hash(const Kernel& k) {
  Hasher h;
  h.value(machine::state_hash(k.m));
  for (const Process& p : k.procs) {
    h.value(p.live);
    if (p.live) hash_process(h, p);
  }
  h.value(k.last_pid), h.value(k.current), h.value(k.slice_left), h.value(k.rng_state);
  h.value(k.clock_offset_ns);
  for (i32 pid : k.run_queue) h.value(pid);
  for (const AddressSpace& s : k.spaces) {
    h.value(s.live), h.value(s.root_frame), h.value(s.brk_start), h.value(s.brk), h.value(s.users);
    h.value(s.exe), h.value(s.exe_mtime_ns);
    for (const Region& r : s.regions) {
      h.value(r.start), h.value(r.end), h.value(r.prot), h.value(r.kind), h.value(r.shared);
      h.value(r.inode), h.value(r.file_offset);
    }
  }
  for (const OpenFile& f : k.files) {
    h.value(f.live), h.value(f.kind), h.value(f.flags), h.value(f.offset), h.value(f.inode);
    h.value(f.pipe), h.value(f.refcount), h.text(f.snapshot);
  }
  for (const Pipe& p : k.pipes) {
    h.value(p.live), h.value(p.head), h.value(p.count), h.value(p.readers), h.value(p.writers);
    h.bytes(p.buffer.data(), p.buffer.size());
  }
  for (InodeId id = 1; id < k.fs.inode_slots(); ++id) {
    if (!k.fs.valid(id)) continue;
    const Inode& n = k.fs.inode(id);
    h.value(id), h.value(n.type), h.value(n.mode), h.value(n.nlink), h.value(n.open_count);
    h.bytes(n.data.data(), n.data.size());
    for (const auto& [name, child] : n.entries) h.text(name), h.value(child);
  }
  h.text(k.console_input), h.value(k.console_input_closed);
  h.bytes(&k.tty.termios, sizeof k.tty.termios), h.value(k.tty.foreground_pgrp);
  h.text(k.tty.editing), h.text(k.tty.raw);
  for (const std::string& line : k.tty.lines) h.text(line);
  h.value(k.events.total());
  return h.h;
}

}  // namespace forklab::kernel
