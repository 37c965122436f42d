// The Sv32 walk and the kernel's page-table and guest-memory tools.
#include "machine/sv32.h"

#include <algorithm>
#include <cstring>

#include "machine/internal.h"

namespace forklab::machine {
namespace {

bool frame_in_memory(const Machine& m, u32 frame) { return frame < frame_count(m); }

Translation fail(TrapKind kind) { return Translation{false, 0, kind}; }

bool permits(u32 pte, Access access) {
  if (!(pte & kPteU)) return false;  // the hart only runs in U-mode
  switch (access) {
    case Access::load: return pte & kPteR;
    case Access::store: return pte & kPteW;
    case Access::fetch: return pte & kPteX;
  }
  return false;
}

}  // namespace

// The algorithm of the privileged spec, "Virtual Address Translation
// Process", with A/D updated in place (step 7's hardware option).
Translation translate(Machine& m, u32 va, Access access) {
  if (!(m.satp & 0x80000000u)) {  // bare: va is the physical address
    if (!paddr_valid(m, va, 1)) return fail(TrapKind::access_fault);
    return Translation{true, va, TrapKind::page_fault};
  }
  u32 table = satp_root(m.satp);
  for (int level = 1; level >= 0; --level) {
    if (!frame_in_memory(m, table)) return fail(TrapKind::access_fault);
    u32 index = level == 1 ? vpn1(va) : vpn0(va);
    u32 pte_addr = (table << kPageShift) + index * 4;
    u32 pte = read_phys_u32(m, pte_addr);
    if (!(pte & kPteV) || (!(pte & kPteR) && (pte & kPteW))) return fail(TrapKind::page_fault);
    if (!pte_is_leaf(pte)) {
      if (level == 0) return fail(TrapKind::page_fault);
      table = pte_frame(pte);
      continue;
    }
    if (!permits(pte, access)) return fail(TrapKind::page_fault);
    u32 frame = pte_frame(pte);
    if (level == 1) {
      if (frame & 0x3FF) return fail(TrapKind::page_fault);  // misaligned megapage
      frame |= vpn0(va);
    }
    if (!frame_in_memory(m, frame)) return fail(TrapKind::access_fault);
    u32 want = kPteA | (access == Access::store ? kPteD : 0);
    if ((pte & want) != want) write_phys_u32(m, pte_addr, pte | want);
    return Translation{true, (frame << kPageShift) | (va & kPageMask), TrapKind::page_fault};
  }
  return fail(TrapKind::page_fault);
}

std::optional<PteSlot> find_pte(const Machine& m, u32 root_frame, u32 va) {
  u32 table = root_frame;
  for (int level = 1; level >= 0; --level) {
    if (!frame_in_memory(m, table)) return std::nullopt;
    u32 index = level == 1 ? vpn1(va) : vpn0(va);
    u32 addr = (table << kPageShift) + index * 4;
    u32 pte = read_phys_u32(m, addr);
    if (!(pte & kPteV) || pte_is_leaf(pte) || level == 0) return PteSlot{addr, pte, level};
    table = pte_frame(pte);
  }
  return std::nullopt;
}

void write_pte(Machine& m, u32 pte_paddr, u32 va, u32 value) {
  write_phys_u32(m, pte_paddr, value);
  // An entry of the current root table maps (or points to a table for) a
  // whole 4 MiB region: flush everything. A leaf-table entry maps one page.
  // Entries of other address spaces are not in the TLB (flushed on switch);
  // flushing one page for them is harmless.
  bool root_entry = (m.satp & 0x80000000u) && (pte_paddr >> kPageShift) == satp_root(m.satp);
  if (root_entry)
    sfence_vma(m);
  else
    sfence_vma(m, va);
}

bool map_page(Machine& m, u32 root_frame, u32 va, u32 frame, u32 flags) {
  u32 l1_addr = (root_frame << kPageShift) + vpn1(va) * 4;
  u32 l1 = read_phys_u32(m, l1_addr);
  if (!(l1 & kPteV)) {
    auto table = alloc_frame(m);
    if (!table) return false;
    l1 = make_pte(*table, kPteV);
    write_pte(m, l1_addr, va, l1);
  }
  u32 l0_addr = (pte_frame(l1) << kPageShift) + vpn0(va) * 4;
  write_pte(m, l0_addr, va, make_pte(frame, flags | kPteV));
  return true;
}

// ---- Guest virtual memory for the kernel ------------------------------------

namespace {

// Visit [va, va + len) page by page: `fn(paddr, offset_in_request, chunk)`.
template <class Fn>
GuestAccessResult for_each_page(Machine& m, u32 va, u32 len, Access access, Fn fn) {
  u32 done = 0;
  while (done < len) {
    u32 cur = va + done;
    u32 chunk = std::min<u32>(kPageSize - (cur & kPageMask), len - done);
    Translation t = translate(m, cur, access);
    if (!t.ok) return GuestFault{t.fault, access, cur};
    if (!paddr_valid(m, t.paddr, chunk)) return GuestFault{TrapKind::access_fault, access, cur};
    fn(t.paddr, done, chunk);
    done += chunk;
  }
  return std::nullopt;
}

}  // namespace

GuestAccessResult copy_from_guest(Machine& m, u32 va, std::span<u8> out) {
  const u8* mem = m.mem.bytes.data();
  return for_each_page(m, va, u32(out.size()), Access::load, [&](u32 pa, u32 off, u32 n) {
    std::memcpy(out.data() + off, mem + pa, n);
  });
}

GuestAccessResult copy_to_guest(Machine& m, u32 va, std::span<const u8> in) {
  return for_each_page(m, va, u32(in.size()), Access::store, [&](u32 pa, u32 off, u32 n) {
    write_phys(m, pa, in.subspan(off, n));
  });
}

GuestAccessResult read_guest_string(Machine& m, u32 va, u32 max_len, std::string& out,
                                    bool* truncated) {
  out.clear();
  if (truncated) *truncated = false;
  while (out.size() < max_len) {
    u32 cur = va + u32(out.size());
    Translation t = translate(m, cur, Access::load);
    if (!t.ok) return GuestFault{t.fault, Access::load, cur};
    u32 chunk = std::min<u32>(kPageSize - (cur & kPageMask), max_len - u32(out.size()));
    const u8* p = m.mem.bytes.data() + t.paddr;
    const void* nul = std::memchr(p, 0, chunk);
    if (nul) {
      out.append(reinterpret_cast<const char*>(p), static_cast<const u8*>(nul) - p);
      return std::nullopt;
    }
    out.append(reinterpret_cast<const char*>(p), chunk);
  }
  if (truncated) *truncated = true;
  return std::nullopt;
}

}  // namespace forklab::machine
