// Address spaces: Sv32 page tables built in guest memory, regions, demand
// paging, copy-on-write, and the OOM killer.
//
// Frame ownership rule (checked by the invariant checker): a data frame's
// refcount equals the number of leaf PTEs, in all address spaces, that map
// it; each page-table frame belongs to exactly one address space.
#include <algorithm>
#include <cstring>

#include "kernel/abi/errno.h"
#include "kernel/abi/signal.h"
#include "kernel/kernel.h"
#include "machine/sv32.h"

namespace forklab::kernel {

using namespace machine;

namespace {

constexpr u32 kEntriesPerTable = kPageSize / 4;

// Calls fn(va, pte_paddr, pte) for every valid leaf PTE of a 4 KiB page.
// (The tables are read in place: the OOM killer runs this over every
// process, so it must be cheap.)
template <class Fn>
void for_each_leaf(const Machine& m, u32 root_frame, Fn fn) {
  auto word = [](std::span<const u8> table, u32 i) {
    u32 v;
    std::memcpy(&v, table.data() + usize(i) * 4, 4);
    return v;
  };
  std::span<const u8> root = frame_bytes(m, root_frame);
  for (u32 i = 0; i < kEntriesPerTable; ++i) {
    u32 l1 = word(root, i);
    if (!(l1 & kPteV) || pte_is_leaf(l1)) continue;  // the kernel maps no megapages
    std::span<const u8> table = frame_bytes(m, pte_frame(l1));
    for (u32 j = 0; j < kEntriesPerTable; ++j) {
      u32 pte = word(table, j);
      if (pte & kPteV) fn((i << 22) | (j << 12), (pte_frame(l1) << kPageShift) + j * 4, pte);
    }
  }
}

u32 region_pte_flags(const Region& r) { return r.prot | kPteU | kPteV; }

bool access_allowed(const Region& r, Access access) {
  switch (access) {
    case Access::load: return r.prot & kPteR;
    case Access::store: return r.prot & kPteW;
    case Access::fetch: return r.prot & kPteX;
  }
  return false;
}

// The OOM killer's choice: the process holding the most memory (resident
// pages), as Linux's oom_badness scores it; init is never chosen. Ties go
// to the higher pid (the newer process).
Process* choose_oom_victim(Kernel& k) {
  Process* victim = nullptr;
  u32 worst = 0;
  for (Process& p : k.procs) {
    if (!p.live || p.pid == 1 || p.state == ProcState::zombie) continue;
    u32 score = resident_pages(k, k.spaces[p.mm]);
    if (!victim || score > worst || (score == worst && p.pid > victim->pid)) {
      victim = &p;
      worst = score;
    }
  }
  return victim;
}

u32 read_pte_at(const Kernel& k, u32 root, u32 va, u32* pte_paddr) {
  std::optional<PteSlot> slot = find_pte(k.m, root, va);
  if (!slot || slot->level != 0) return 0;
  *pte_paddr = slot->paddr;
  return slot->value;
}

// Where the bytes of the page at `page` come from in a file region.
u64 file_position(const Region& r, u32 page) { return u64(r.file_offset) + (page - r.start); }

// A new page of a file mapping starts as the file's bytes (zeros past its end).
void fill_from_file(Kernel& k, const Region& r, u32 page, u32 frame) {
  if (r.inode == kNoInode || !k.fs.valid(r.inode)) return;
  const std::vector<u8>& data = k.fs.inode(r.inode).data;
  u64 at = file_position(r, page);
  if (at >= data.size()) return;
  usize n = usize(std::min<u64>(kPageSize, data.size() - at));
  std::memcpy(frame_bytes(k.m, frame).data(), data.data() + at, n);
}

// MAP_SHARED file pages go back to the file (msync's work, done when the
// mapping goes); the file keeps its size, as on Linux.
void write_back(Kernel& k, const AddressSpace& s, const Region& r, u32 start, u32 end) {
  if (!r.shared || r.inode == kNoInode || !k.fs.valid(r.inode)) return;
  u64 size = k.fs.inode(r.inode).data.size();
  for (u32 va = std::max(start, r.start); va < std::min(end, r.end); va += kPageSize) {
    u32 pte_paddr = 0;
    u32 pte = read_pte_at(k, s.root_frame, va, &pte_paddr);
    u64 at = file_position(r, va);
    if (!(pte & kPteV) || at >= size) continue;
    usize n = usize(std::min<u64>(kPageSize, size - at));
    std::span<const u8> bytes = frame_bytes(k.m, pte_frame(pte)).subspan(0, n);
    (void)k.fs.write(r.inode, at, bytes);
  }
}

// The part of `r` in [start, end), keeping its file position.
Region piece(const Region& r, u32 start, u32 end) {
  Region out = r;
  out.start = start;
  out.end = end;
  if (r.inode != kNoInode) out.file_offset = u32(file_position(r, start));
  return out;
}

}  // namespace

// ---- Creating and destroying ---------------------------------------------------

KResult<u32> create_address_space(Kernel& k) {
  std::optional<u32> root = alloc_frame(k.m);
  if (!root) return Errno{ABI_ENOMEM};
  u32 id = 0;
  for (u32 i = 1; i < k.spaces.size(); ++i) {
    if (!k.spaces[i].live) {
      id = i;
      break;
    }
  }
  if (id == 0) {
    id = u32(k.spaces.size());
    k.spaces.emplace_back();
  }
  AddressSpace& s = k.spaces[id];
  s = AddressSpace{};
  s.live = true;
  s.root_frame = *root;
  return id;
}

void release_address_space(Kernel& k, u32 mm) {
  if (mm == 0 || mm >= k.spaces.size() || !k.spaces[mm].live) return;
  AddressSpace& s = k.spaces[mm];
  if (s.users > 1) {
    s.users -= 1;
    return;
  }
  for (const Region& r : s.regions) {
    write_back(k, s, r, r.start, r.end);
    if (r.inode != kNoInode) k.fs.close_inode(r.inode);
  }
  u32 root = s.root_frame;
  for_each_leaf(k.m, root, [&](u32, u32, u32 pte) { release_frame(k.m, pte_frame(pte)); });
  for (u32 i = 0; i < kEntriesPerTable; ++i) {
    u32 l1 = read_phys_u32(k.m, (root << kPageShift) + i * 4);
    if ((l1 & kPteV) && !pte_is_leaf(l1)) release_frame(k.m, pte_frame(l1));
  }
  release_frame(k.m, root);
  // Its frames may come back in another address space with the same root:
  // no translation of this one may survive.
  if (satp_root(k.m.satp) == root) k.loaded_satp = 0;
  sfence_vma(k.m);
  s = AddressSpace{};
}

void load_address_space(Kernel& k, u32 mm) {
  u32 satp = make_satp(k.spaces[mm].root_frame);
  if (k.loaded_satp != satp || k.m.satp != satp) {
    set_satp(k.m, satp);
    k.loaded_satp = satp;
  }
}

// ---- Regions -----------------------------------------------------------------------

const Region* find_region(const AddressSpace& space, u32 va) {
  for (const Region& r : space.regions) {
    if (va >= r.start && va < r.end) return &r;
  }
  return nullptr;
}

KResult<void> add_region(Kernel& k, u32 mm, Region region) {
  AddressSpace& s = k.spaces[mm];
  if (region.start >= region.end || (region.start & kPageMask) || (region.end & kPageMask) ||
      region.end > kUserTop) {
    return Errno{ABI_EINVAL};
  }
  for (const Region& r : s.regions) {
    if (region.start < r.end && r.start < region.end) return Errno{ABI_ENOMEM};
  }
  auto at = std::lower_bound(s.regions.begin(), s.regions.end(), region,
                             [](const Region& a, const Region& b) { return a.start < b.start; });
  s.regions.insert(at, region);
  return {};
}

void unmap_range(Kernel& k, u32 mm, u32 start, u32 end) {
  AddressSpace& s = k.spaces[mm];
  std::vector<Region> kept;
  for (const Region& r : s.regions) {
    if (r.end <= start || r.start >= end) {
      kept.push_back(r);
      continue;
    }
    write_back(k, s, r, start, end);
    // The region's reference on its file passes to the pieces that stay.
    int pieces = 0;
    if (r.start < start) kept.push_back(piece(r, r.start, start)), ++pieces;
    if (r.end > end) kept.push_back(piece(r, end, r.end)), ++pieces;
    if (r.inode != kNoInode && pieces == 0) k.fs.close_inode(r.inode);
    if (r.inode != kNoInode && pieces == 2) k.fs.open_inode(r.inode);
  }
  s.regions = std::move(kept);
  for (u32 va = start; va < end && va >= start; va += kPageSize) {
    u32 pte_paddr = 0;
    u32 pte = read_pte_at(k, s.root_frame, va, &pte_paddr);
    if (!(pte & kPteV)) continue;
    write_pte(k.m, pte_paddr, va, 0);
    release_frame(k.m, pte_frame(pte));
  }
}

KResult<void> protect_range(Kernel& k, u32 mm, u32 start, u32 end, u32 prot) {
  AddressSpace& s = k.spaces[mm];
  for (u32 va = start; va < end; va += kPageSize) {  // all of it must be mapped (mprotect(2))
    const Region* r = find_region(s, va);
    if (!r) return Errno{ABI_ENOMEM};
    // The signal trampoline is one frame every process maps: never writable.
    if (r->kind == RegionKind::vdso) return Errno{ABI_EACCES};
  }
  std::vector<Region> out;
  for (const Region& r : s.regions) {
    if (r.end <= start || r.start >= end) {
      out.push_back(r);
      continue;
    }
    u32 lo = std::max(r.start, start), hi = std::min(r.end, end);
    if (r.start < lo) out.push_back(piece(r, r.start, lo));
    Region middle = piece(r, lo, hi);
    middle.prot = prot;
    out.push_back(middle);
    if (hi < r.end) out.push_back(piece(r, hi, r.end));
    if (r.inode != kNoInode) {
      for (usize extra = (r.start < lo) + (hi < r.end); extra > 0; --extra) k.fs.open_inode(r.inode);
    }
  }
  s.regions = std::move(out);
  // Mapped pages take the new protection now; a COW page stays read-only
  // (its next store still copies) and a shared or clean one may be written.
  for (u32 va = start; va < end; va += kPageSize) {
    u32 pte_paddr = 0;
    u32 pte = read_pte_at(k, s.root_frame, va, &pte_paddr);
    if (!(pte & kPteV)) continue;
    u32 flags = (pte & kPteFlagsMask & ~(kPteR | kPteW | kPteX)) | prot;
    if (pte & kPteCow) flags &= ~kPteW;
    write_pte(k.m, pte_paddr, va, make_pte(pte_frame(pte), flags));
  }
  sfence_vma(k.m);
  return {};
}

u32 resident_pages(const Kernel& k, const AddressSpace& space) {
  if (!space.live) return 0;
  u32 n = 0;
  for_each_leaf(k.m, space.root_frame, [&](u32, u32, u32) { ++n; });
  return n;
}

// ---- Fork ----------------------------------------------------------------------------

KResult<ForkedSpace> fork_address_space(Kernel& k, u32 parent_mm) {
  u32 child_mm = K_TRY(create_address_space(k));
  AddressSpace& parent = k.spaces[parent_mm];
  AddressSpace& child = k.spaces[child_mm];
  child.regions = parent.regions;
  for (const Region& r : child.regions) {
    if (r.inode != kNoInode) k.fs.open_inode(r.inode);
  }
  child.brk_start = parent.brk_start;
  child.brk = parent.brk;
  child.exe = parent.exe;
  child.exe_mtime_ns = parent.exe_mtime_ns;
  child.users = 1;

  ForkedSpace out{child_mm, 0};
  bool failed = false;
  u32 parent_root = parent.root_frame, child_root = child.root_frame;
  for_each_leaf(k.m, parent_root, [&](u32 va, u32 pte_paddr, u32 pte) {
    if (failed) return;
    const Region* r = find_region(k.spaces[parent_mm], va);
    bool shared = r && r->shared;
    bool private_writable = !shared && (pte & (kPteW | kPteCow));
    u32 frame = pte_frame(pte);
    u32 flags = pte & kPteFlagsMask;
    if (private_writable && !k.config.cow) {
      // --no-cow: copy the page now, as fork did before copy-on-write.
      std::optional<u32> copy = alloc_frame(k.m);
      if (!copy || !map_page(k.m, child_root, va, *copy, flags)) {
        if (copy) release_frame(k.m, *copy);
        failed = true;
        return;
      }
      std::memcpy(frame_bytes(k.m, *copy).data(), frame_bytes(k.m, frame).data(), kPageSize);
      return;
    }
    if (private_writable) {
      // Both sides lose write access; the first store copies (or reuses).
      flags = (flags & ~kPteW) | kPteCow;
      write_pte(k.m, pte_paddr, va, make_pte(frame, flags));
      out.shared_pages += 1;
    }
    if (!map_page(k.m, child_root, va, frame, flags)) {
      failed = true;
      return;
    }
    retain_frame(k.m, frame);
  });
  if (failed) {
    release_address_space(k, child_mm);
    return Errno{ABI_ENOMEM};
  }
  return out;
}

// ---- Faults -------------------------------------------------------------------------

std::optional<u32> alloc_frame_or_reclaim(Kernel& k, Process& for_whom) {
  for (;;) {
    if (std::optional<u32> frame = alloc_frame(k.m)) return frame;
    Process* victim = choose_oom_victim(k);
    if (!victim) return std::nullopt;
    u32 score = resident_pages(k, k.spaces[victim->mm]);
    emit(k, EventKind::oom_kill, for_whom.pid, {u32(victim->pid), score},
         "out of memory: killed the process holding the most pages");
    bool self = victim == &for_whom;
    exit_process(k, *victim, ABI_SIGKILL);
    if (self) return std::nullopt;
  }
}

bool handle_page_fault(Kernel& k, Process& p, u32 va, Access access) {
  AddressSpace& s = k.spaces[p.mm];
  const Region* r = find_region(s, va);
  if (!r || !access_allowed(*r, access)) {
    emit(k, EventKind::page_fault, p.pid, {va, u32(access), 0}, "segv");
    return false;
  }
  u32 page = va & ~kPageMask;
  u32 pte_paddr = 0;
  u32 pte = read_pte_at(k, s.root_frame, page, &pte_paddr);

  if ((pte & kPteV) && (pte & kPteCow) && access == Access::store) {
    u32 old_frame = pte_frame(pte);
    u32 flags = ((pte & kPteFlagsMask) | kPteW) & ~kPteCow;
    p.cow_faults += 1;
    if (frame_refcount(k.m, old_frame) == 1) {
      // The other sharers are gone: the page is ours alone, no copy needed.
      write_pte(k.m, pte_paddr, page, make_pte(old_frame, flags));
      emit(k, EventKind::cow_reuse, p.pid, {page, old_frame});
      return true;
    }
    std::optional<u32> copy = alloc_frame_or_reclaim(k, p);
    if (!copy) return false;
    std::memcpy(frame_bytes(k.m, *copy).data(), frame_bytes(k.m, old_frame).data(), kPageSize);
    write_pte(k.m, pte_paddr, page, make_pte(*copy, flags));
    release_frame(k.m, old_frame);
    emit(k, EventKind::cow_copy, p.pid, {page, old_frame, *copy});
    return true;
  }
  if (pte & kPteV) {
    // Mapped, allowed by the region, and still a fault: not ours to fix.
    emit(k, EventKind::page_fault, p.pid, {va, u32(access), 0}, "segv");
    return false;
  }
  // Demand paging: the first touch of a page gets a zeroed frame.
  std::optional<u32> frame = alloc_frame_or_reclaim(k, p);
  if (!frame) return false;
  fill_from_file(k, *r, page, *frame);
  if (!map_page(k.m, s.root_frame, page, *frame, region_pte_flags(*r))) {
    release_frame(k.m, *frame);
    return false;
  }
  p.minor_faults += 1;
  emit(k, EventKind::page_fault, p.pid, {va, u32(access), 1}, "zero-fill");
  return true;
}

// ---- Kernel access to guest memory --------------------------------------------------

namespace {

// Runs a guest access, fixing faults the way the guest's own access would
// be fixed. Each retry maps at least one more page, so the loop ends.
template <class Access>
KResult<void> with_faults(Kernel& k, Process& p, u32 va, usize len, Access attempt) {
  if (len > 0 && (u64(va) + len > kUserTop)) return Errno{ABI_EFAULT};
  // The walk uses the hart's satp: make it this process's address space
  // (the kernel may act for a process that is not the one on the hart).
  load_address_space(k, p.mm);
  for (usize tries = 0; tries < len / kPageSize + 3; ++tries) {
    GuestAccessResult fault = attempt();
    if (!fault) return {};
    if (fault->kind != TrapKind::page_fault) return Errno{ABI_EFAULT};
    if (!handle_page_fault(k, p, fault->addr, fault->access)) return Errno{ABI_EFAULT};
    if (!p.live) return Errno{ABI_EFAULT};
  }
  return Errno{ABI_EFAULT};
}

}  // namespace

KResult<void> copy_in(Kernel& k, Process& p, u32 va, std::span<u8> out) {
  return with_faults(k, p, va, out.size(), [&] { return copy_from_guest(k.m, va, out); });
}

KResult<void> copy_out(Kernel& k, Process& p, u32 va, std::span<const u8> in) {
  return with_faults(k, p, va, in.size(), [&] { return copy_to_guest(k.m, va, in); });
}

KResult<std::string> copy_in_string(Kernel& k, Process& p, u32 va, u32 max_len) {
  std::string s;
  bool truncated = false;
  if (va >= kUserTop) return Errno{ABI_EFAULT};
  usize span = std::min<usize>(max_len, kUserTop - va);
  K_CHECK(with_faults(k, p, va, span, [&] {
    s.clear();
    return read_guest_string(k.m, va, max_len, s, &truncated);
  }));
  if (truncated) return Errno{ABI_ENAMETOOLONG};
  return s;
}

}  // namespace forklab::kernel
