// execve (SPEC §4.2): replace a process's program, keeping its pid, its open
// files (but FD_CLOEXEC ones) and its ignored signals.
#include <algorithm>
#include <cstring>

#include "kernel/abi/errno.h"
#include "kernel/abi/process.h"
#include "kernel/abi/signal.h"
#include "kernel/kernel.h"
#include "machine/elf.h"
#include "machine/sv32.h"

namespace forklab::kernel {

using namespace machine;

namespace {

constexpr int kMaxInterpreterDepth = 4;   // #! scripts naming #! scripts
constexpr usize kMaxArgBytes = 128 * 1024;  // argv + envp strings (E2BIG past it)
constexpr usize kMaxShebangLine = 255;

u32 page_down(u32 a) { return a & ~kPageMask; }
u64 page_up(u64 a) { return (a + kPageMask) & ~u64(kPageMask); }

u32 segment_prot(u32 elf_flags) {
  return (elf_flags & kPfR ? kPteR : 0) | (elf_flags & kPfW ? kPteW : 0) |
         (elf_flags & kPfX ? kPteX : 0);
}

// "#!/bin/sh -e\n" → interpreter "/bin/sh", argument "-e" (Linux passes the
// rest of the line as one argument).
bool parse_shebang(const std::vector<u8>& file, std::string* interp, std::string* arg) {
  if (file.size() < 2 || file[0] != '#' || file[1] != '!') return false;
  std::string line;
  for (usize i = 2; i < file.size() && file[i] != '\n' && line.size() < kMaxShebangLine; ++i) {
    line += char(file[i]);
  }
  usize a = line.find_first_not_of(" \t");
  if (a == std::string::npos) return true;  // "#!" alone: empty interpreter
  usize b = line.find_first_of(" \t", a);
  *interp = line.substr(a, b == std::string::npos ? std::string::npos : b - a);
  if (b != std::string::npos) {
    usize c = line.find_first_not_of(" \t", b);
    usize d = line.find_last_not_of(" \t\r");
    if (c != std::string::npos) *arg = line.substr(c, d - c + 1);
  }
  return true;
}

// Finds the executable, following #! lines, and returns its bytes' owner.
KResult<InodeId> find_executable(Kernel& k, Process& p, std::string& path,
                                 std::vector<std::string>& argv) {
  for (int depth = 0;; ++depth) {
    InodeId id = K_TRY(k.fs.lookup(p.cwd, path));
    const Inode& node = k.fs.inode(id);
    if (node.type != FileType::regular || !(node.mode & 0111)) return Errno{ABI_EACCES};
    std::string interp, arg;
    if (!parse_shebang(node.data, &interp, &arg)) return id;
    if (interp.empty()) return Errno{ABI_ENOEXEC};
    if (depth >= kMaxInterpreterDepth) return Errno{ABI_ELOOP};
    std::vector<std::string> script_argv = {interp};
    if (!arg.empty()) script_argv.push_back(arg);
    script_argv.push_back(path);
    script_argv.insert(script_argv.end(), argv.begin() + (argv.empty() ? 0 : 1), argv.end());
    argv = std::move(script_argv);
    path = interp;
  }
}

// Adds the ELF's segments as regions (merging segments that share a page)
// and fills their pages.
KResult<void> load_segments(Kernel& k, u32 mm, const ElfImage& image) {
  AddressSpace& s = k.spaces[mm];
  for (const ElfSegment& seg : image.segments) {
    if (seg.memsz == 0) continue;
    Region r{page_down(seg.vaddr), u32(page_up(u64(seg.vaddr) + seg.memsz)), segment_prot(seg.flags),
             seg.flags & kPfX ? RegionKind::text : RegionKind::data, false};
    for (Region& old : s.regions) {
      if (r.start < old.end && old.start < r.end) {  // shares a page: one region
        r.start = std::min(r.start, old.start);
        r.end = std::max(r.end, old.end);
        r.prot |= old.prot;
        if (old.kind == RegionKind::text) r.kind = RegionKind::text;
        old = Region{};
      }
    }
    s.regions.erase(std::remove_if(s.regions.begin(), s.regions.end(),
                                   [](const Region& x) { return x.start == x.end; }),
                    s.regions.end());
    K_CHECK(add_region(k, mm, r));
  }
  for (const ElfSegment& seg : image.segments) {
    for (u64 page = page_down(seg.vaddr); page < u64(seg.vaddr) + seg.memsz; page += kPageSize) {
      const Region* r = find_region(k.spaces[mm], u32(page));
      std::optional<PteSlot> slot = find_pte(k.m, s.root_frame, u32(page));
      u32 frame;
      if (slot && slot->level == 0 && (slot->value & kPteV)) {
        frame = pte_frame(slot->value);
      } else {
        std::optional<u32> fresh = alloc_frame(k.m);
        if (!fresh) return Errno{ABI_ENOMEM};
        if (!map_page(k.m, s.root_frame, u32(page), *fresh, r->prot | kPteU | kPteV)) {
          release_frame(k.m, *fresh);
          return Errno{ABI_ENOMEM};
        }
        frame = *fresh;
      }
      // The part of this page that comes from the file.
      u64 from = std::max<u64>(page, seg.vaddr);
      u64 to = std::min<u64>(page + kPageSize, u64(seg.vaddr) + seg.bytes.size());
      if (from < to) {
        std::memcpy(frame_bytes(k.m, frame).data() + (from - page),
                    seg.bytes.data() + (from - seg.vaddr), usize(to - from));
      }
    }
  }
  return {};
}

// Lays out argc, argv, envp and the auxiliary vector on the new stack (the
// System V ABI's process entry stack) and returns sp.
KResult<u32> build_stack(Kernel& k, Process& p, const ElfImage& image, const std::string& path,
                         const std::vector<std::string>& argv, const std::vector<std::string>& envp) {
  u32 sp = kStackTop;
  auto push_bytes = [&](const void* data, u32 size) -> KResult<u32> {
    sp -= size;
    K_CHECK(copy_out(k, p, sp, {static_cast<const u8*>(data), size}));
    return sp;
  };
  auto push_string = [&](const std::string& s) { return push_bytes(s.c_str(), u32(s.size() + 1)); };

  u32 execfn = K_TRY(push_string(path));
  std::vector<u32> arg_ptrs, env_ptrs;
  for (const std::string& s : envp) env_ptrs.push_back(K_TRY(push_string(s)));
  for (const std::string& s : argv) arg_ptrs.push_back(K_TRY(push_string(s)));
  u8 random[16];
  u64 x = k.config.seed * 0x9E3779B97F4A7C15ull + u64(p.pid);
  for (u8& b : random) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    b = u8(x);
  }
  u32 random_ptr = K_TRY(push_bytes(random, sizeof random));

  std::vector<u32> words;
  words.push_back(u32(argv.size()));
  words.insert(words.end(), arg_ptrs.begin(), arg_ptrs.end());
  words.push_back(0);
  words.insert(words.end(), env_ptrs.begin(), env_ptrs.end());
  words.push_back(0);
  const u32 hwcap = (1u << ('I' - 'A')) | (1u << ('M' - 'A')) | (1u << ('A' - 'A'));
  const u32 auxv[][2] = {
      {ABI_AT_PAGESZ, kPageSize}, {ABI_AT_ENTRY, image.entry}, {ABI_AT_UID, p.uid},
      {ABI_AT_EUID, p.uid},       {ABI_AT_GID, p.gid},         {ABI_AT_EGID, p.gid},
      {ABI_AT_CLKTCK, 100},       {ABI_AT_HWCAP, hwcap},       {ABI_AT_SECURE, 0},
      {ABI_AT_RANDOM, random_ptr}, {ABI_AT_EXECFN, execfn},    {ABI_AT_NULL, 0},
  };
  for (const auto& pair : auxv) words.insert(words.end(), {pair[0], pair[1]});
  sp = (sp - u32(words.size() * 4)) & ~15u;  // the ABI wants sp 16-byte aligned
  K_CHECK(copy_out(k, p, sp, {reinterpret_cast<const u8*>(words.data()), words.size() * 4}));
  return sp;
}

// Every address space gets the signal trampoline page, shared read-only.
KResult<void> map_trampoline(Kernel& k, u32 mm) {
  K_CHECK(add_region(k, mm, Region{kSigTrampoline, kSigTrampoline + kPageSize, kPteR | kPteX,
                                   RegionKind::vdso, false}));
  if (!map_page(k.m, k.spaces[mm].root_frame, kSigTrampoline, k.trampoline_frame,
                kPteR | kPteX | kPteU | kPteV)) {
    return Errno{ABI_ENOMEM};
  }
  retain_frame(k.m, k.trampoline_frame);
  return {};
}

std::string base_name(const std::string& path) {
  usize slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// The stack region's size: RLIMIT_STACK as it is at exec (Linux fixes the
// stack's limit then too), at most kStackMaxBytes, and at least room for
// the arguments. A store below it is a SIGSEGV: the stack overflowed.
u32 stack_bytes(const Process& p) {
  constexpr u64 kMinStack = kMaxArgBytes + (64u << 10);
  u64 want = std::clamp<u64>(p.rlimits[ABI_RLIMIT_STACK].cur, kMinStack, kStackMaxBytes);
  return u32(want + machine::kPageMask) & ~machine::kPageMask;
}

}  // namespace

KResult<void> do_execve(Kernel& k, Process& p, std::string path, std::vector<std::string> argv,
                        std::vector<std::string> envp) {
  InodeId id = K_TRY(find_executable(k, p, path, argv));
  usize arg_bytes = 0;
  for (const auto* list : {&argv, &envp}) {
    for (const std::string& s : *list) arg_bytes += s.size() + 1;
  }
  if (arg_bytes > kMaxArgBytes) return Errno{ABI_E2BIG};
  Result<ElfImage> image = parse_elf(k.fs.inode(id).data);
  if (!image.ok()) return Errno{ABI_ENOEXEC};

  u32 mm = K_TRY(create_address_space(k));
  k.spaces[mm].users = 1;
  KResult<void> loaded = load_segments(k, mm, *image);
  if (loaded.ok()) loaded = add_region(k, mm, Region{kStackTop - stack_bytes(p), kStackTop,
                                                     kPteR | kPteW, RegionKind::stack, false});
  if (loaded.ok()) loaded = map_trampoline(k, mm);
  if (!loaded.ok()) {
    release_address_space(k, mm);
    return Errno{loaded.error()};
  }
  u32 heap = 0;
  for (const Region& r : k.spaces[mm].regions) {
    if (r.kind == RegionKind::text || r.kind == RegionKind::data) heap = std::max(heap, r.end);
  }
  k.spaces[mm].brk_start = k.spaces[mm].brk = heap;
  k.spaces[mm].exe = id;
  k.spaces[mm].exe_mtime_ns = k.fs.inode(id).mtime_ns;

  // The point of no return: the old image goes away.
  end_other_threads_for_exec(k, p);
  u32 old_mm = p.mm;
  p.mm = mm;
  load_address_space(k, mm);
  KResult<u32> sp = build_stack(k, p, *image, path, argv, envp);
  release_address_space(k, old_mm);
  if (!sp.ok()) {
    exit_process(k, p, ABI_SIGSEGV);  // Linux too kills a process whose exec fails this late
    return Errno{sp.error()};
  }

  for (usize fd = 0; fd < p.fds.fds.size(); ++fd) {
    if (p.fds.fds[fd].cloexec) close_fd(k, p, int(fd));
  }
  for (SignalAction& a : p.actions) {
    if (a.handler != ABI_SIG_IGN) a = SignalAction{};  // handlers are gone with the old image
  }
  p.regs.fill(0);
  p.regs[2] = *sp;
  p.pc = image->entry;
  p.name = base_name(path);
  p.argv = argv;
  emit(k, EventKind::exec, p.pid, {u32(argv.size())}, path);
  release_vfork_parent(k, p);  // after the exec event, so the trace shows the order
  return {};
}

}  // namespace forklab::kernel
