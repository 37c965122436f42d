// Sv32 paging (RISC-V privileged spec, section "Sv32: Page-Based 32-bit
// Virtual-Memory Systems"): the page-table entry format, the walk, and the
// kernel's tools for building address spaces and touching guest memory.
//
// Choices (documented in docs/machine.md):
//  - The hart runs in U-mode only, so every walk requires U=1.
//  - A and D are set by the walk, like hardware that implements Svadu (and
//    like Linux expects on most RISC-V cores): the first access sets A, the
//    first store sets D.
//  - Megapages (leaf PTE at level 1) are supported; misaligned ones fault.
//  - The two RSW bits (8, 9) are ignored by the walk: the kernel uses bit 8
//    to mark copy-on-write pages (kPteCow).
#pragma once

#include <optional>
#include <span>
#include <string>

#include "base/types.h"
#include "machine/machine.h"

namespace forklab::machine {

constexpr u32 kPteV = 1u << 0;
constexpr u32 kPteR = 1u << 1;
constexpr u32 kPteW = 1u << 2;
constexpr u32 kPteX = 1u << 3;
constexpr u32 kPteU = 1u << 4;
constexpr u32 kPteG = 1u << 5;
constexpr u32 kPteA = 1u << 6;
constexpr u32 kPteD = 1u << 7;
constexpr u32 kPteRsw0 = 1u << 8;
constexpr u32 kPteRsw1 = 1u << 9;
constexpr u32 kPteCow = kPteRsw0;  // kernel's copy-on-write mark
constexpr u32 kPteFlagsMask = 0x3FF;

inline u32 make_pte(u32 frame, u32 flags) { return (frame << 10) | (flags & kPteFlagsMask); }
inline u32 pte_frame(u32 pte) { return pte >> 10; }
inline bool pte_is_leaf(u32 pte) { return (pte & (kPteR | kPteX)) != 0; }
inline u32 vpn1(u32 va) { return va >> 22; }
inline u32 vpn0(u32 va) { return (va >> 12) & 0x3FF; }

// A translation or the reason there is none.
struct Translation {
  bool ok = false;
  u32 paddr = 0;
  TrapKind fault = TrapKind::page_fault;  // page_fault or access_fault when !ok
};

// Walk the current address space (m.satp) for an access, setting A/D bits
// like the hardware. Does not consult or fill the TLB.
Translation translate(Machine& m, u32 va, Access access);

// Where a PTE lives: its physical address, its value, its level (1 = root
// table, 0 = leaf table). Found by walking without side effects.
struct PteSlot {
  u32 paddr = 0;
  u32 value = 0;
  int level = 0;
};
// The PTE that maps `va` in the table rooted at `root_frame`: the leaf (level
// 0 or a level-1 megapage), or the invalid entry where the walk stopped.
// nullopt when a table pointer lies outside physical memory.
std::optional<PteSlot> find_pte(const Machine& m, u32 root_frame, u32 va);

// THE way to change a page-table entry: writes the PTE at `pte_paddr` (which
// maps `va`) and applies the sfence.vma rule, so no stale translation
// survives. Changing a non-leaf entry flushes the whole TLB.
void write_pte(Machine& m, u32 pte_paddr, u32 va, u32 value);

// Map one 4 KiB page: allocates the level-0 table when missing (the new
// table frame gets refcount 1). Does not touch the data frame's refcount.
// Returns false when no frame was free for the table.
bool map_page(Machine& m, u32 root_frame, u32 va, u32 frame, u32 flags);

// ---- Kernel access to guest virtual memory ------------------------------
//
// Through the same translation as guest accesses (current satp, U-mode
// permissions, A/D updates). On failure nothing past the faulting page is
// touched and the fault says where, so the kernel can run its COW or
// demand-paging handler and retry, or return EFAULT.
struct GuestFault {
  TrapKind kind = TrapKind::page_fault;
  Access access = Access::load;
  u32 addr = 0;
};
using GuestAccessResult = std::optional<GuestFault>;  // nullopt = success

GuestAccessResult copy_from_guest(Machine& m, u32 va, std::span<u8> out);
GuestAccessResult copy_to_guest(Machine& m, u32 va, std::span<const u8> in);
// Reads a NUL-terminated string of at most max_len bytes (without the NUL).
// A string that reaches max_len without a NUL sets *truncated.
GuestAccessResult read_guest_string(Machine& m, u32 va, u32 max_len, std::string& out,
                                    bool* truncated = nullptr);

}  // namespace forklab::machine
