// A small Sv32 address space for instruction tests: two code pages at
// kCode (U+R+X), two data pages at kData (U+R+W), a read-only page at kRodata.
#pragma once

#include <vector>

#include "machine/machine.h"
#include "machine/sv32.h"

namespace forklab::machine {

struct Sandbox {
  static constexpr u32 kCode = 0x10000;
  static constexpr u32 kData = 0x20000;
  static constexpr u32 kRodata = 0x30000;

  Machine m = make_machine({4u << 20});
  u32 root = 0;

  Sandbox() {
    root = *alloc_frame(m);
    set_satp(m, make_satp(root));
    map(kCode, 2, kPteR | kPteX | kPteU);
    map(kData, 2, kPteR | kPteW | kPteU);
    map(kRodata, 1, kPteR | kPteU);
    m.hart.pc = kCode;
  }

  void map(u32 va, u32 pages, u32 flags) {
    for (u32 i = 0; i < pages; ++i) map_page(m, root, va + i * kPageSize, *alloc_frame(m), flags);
  }

  // Physical address behind a mapped virtual address (no permission check).
  u32 paddr(u32 va) const {
    auto slot = find_pte(m, root, va);
    return pte_frame(slot->value) * kPageSize + (va & kPageMask);
  }
  u32 pte(u32 va) const { return find_pte(m, root, va)->value; }

  void put_code(const std::vector<u32>& insns, u32 at = kCode) {
    for (usize i = 0; i < insns.size(); ++i) write_phys_u32(m, paddr(at + u32(i) * 4), insns[i]);
  }
  void put_word(u32 va, u32 value) { write_phys_u32(m, paddr(va), value); }
  u32 word(u32 va) const { return read_phys_u32(m, paddr(va)); }
  u8 byte(u32 va) const { return m.mem.bytes[paddr(va)]; }

  // Load `insns` at kCode and run until something stops the hart.
  Trap exec(const std::vector<u32>& insns, u64 budget = 10000) {
    put_code(insns);
    m.hart.pc = kCode;
    return run(m, budget);
  }
  u32& x(u32 r) { return m.hart.x[r]; }
};

}  // namespace forklab::machine
