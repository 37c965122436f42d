// Sv32 translation, A/D bits, the TLB rule, and kernel access to guest memory.
#include <doctest/doctest.h>

#include <cstring>

#include "machine/sv32.h"
#include "rv32_asm.h"
#include "sandbox.h"

using namespace forklab;
using namespace forklab::machine;
using namespace forklab::machine::rv;

TEST_CASE("a load from an unmapped page is a load page fault") {
  Sandbox s;
  s.x(a1) = 0x40000123;
  Trap t = s.exec({lw(a0, a1, 0), kEbreak});
  CHECK(t.kind == TrapKind::page_fault);
  CHECK(t.access == Access::load);
  CHECK(t.addr == 0x40000123u);
  CHECK(t.pc == Sandbox::kCode);
  CHECK(s.m.hart.instret == 0);
}

TEST_CASE("a store to a read-only page is a store page fault") {
  Sandbox s;
  s.x(a1) = Sandbox::kRodata + 8;
  Trap t = s.exec({sw(a1, a1, 0), kEbreak});
  CHECK(t.kind == TrapKind::page_fault);
  CHECK(t.access == Access::store);
  CHECK(t.addr == Sandbox::kRodata + 8);
}

TEST_CASE("fetching from a page without X is a fetch page fault") {
  Sandbox s;
  s.x(a1) = Sandbox::kData;
  Trap t = s.exec({jalr(zero, a1, 0)});
  CHECK(t.kind == TrapKind::page_fault);
  CHECK(t.access == Access::fetch);
  CHECK(t.addr == Sandbox::kData);
  CHECK(t.pc == Sandbox::kData);
}

TEST_CASE("pages without U are not accessible to the user-mode hart") {
  Sandbox s;
  s.map(0x50000, 1, kPteR | kPteW);
  s.x(a1) = 0x50000;
  Trap t = s.exec({lw(a0, a1, 0), kEbreak});
  CHECK(t.kind == TrapKind::page_fault);
}

TEST_CASE("a PTE with W but not R is reserved and faults") {
  Sandbox s;
  s.map(0x50000, 1, kPteW | kPteU);
  s.x(a1) = 0x50000;
  Trap t = s.exec({sw(a0, a1, 0), kEbreak});
  CHECK(t.kind == TrapKind::page_fault);
}

TEST_CASE("the walk sets A on access and D on store") {
  Sandbox s;
  CHECK((s.pte(Sandbox::kData) & (kPteA | kPteD)) == 0);
  s.x(a1) = Sandbox::kData;
  s.exec({lw(a0, a1, 0), kEbreak});
  CHECK((s.pte(Sandbox::kData) & kPteA) != 0);
  CHECK((s.pte(Sandbox::kData) & kPteD) == 0);
  CHECK((s.pte(Sandbox::kCode) & kPteA) != 0);  // the fetch
  s.exec({sw(a0, a1, 0), kEbreak});
  CHECK((s.pte(Sandbox::kData) & kPteD) != 0);
}

TEST_CASE("clearing D through write_pte makes the next store set it again") {
  Sandbox s;
  s.x(a1) = Sandbox::kData;
  s.exec({sw(a0, a1, 0), kEbreak});
  auto slot = find_pte(s.m, s.root, Sandbox::kData);
  write_pte(s.m, slot->paddr, Sandbox::kData, slot->value & ~kPteD);
  s.exec({sw(a0, a1, 0), kEbreak});
  CHECK((s.pte(Sandbox::kData) & kPteD) != 0);
}

TEST_CASE("write_pte invalidates the TLB: the new translation is seen") {
  Sandbox s;
  u32 other = *alloc_frame(s.m);
  write_phys_u32(s.m, other * kPageSize, 0xBEEF);
  s.put_word(Sandbox::kData, 0x1234);
  s.x(a1) = Sandbox::kData;
  s.exec({lw(a0, a1, 0), kEbreak});
  CHECK(s.x(a0) == 0x1234);
  auto slot = find_pte(s.m, s.root, Sandbox::kData);
  write_pte(s.m, slot->paddr, Sandbox::kData, make_pte(other, kPteV | kPteR | kPteW | kPteU));
  s.exec({lw(a0, a1, 0), kEbreak});
  CHECK(s.x(a0) == 0xBEEF);
}

TEST_CASE("the TLB caches: a PTE changed behind its back is not seen until sfence.vma") {
  Sandbox s;
  s.x(a1) = Sandbox::kData;
  s.exec({lw(a0, a1, 0), kEbreak});
  auto slot = find_pte(s.m, s.root, Sandbox::kData);
  write_phys_u32(s.m, slot->paddr, 0);  // not the sanctioned path
  Trap t = s.exec({lw(a0, a1, 0), kEbreak});
  CHECK(t.kind == TrapKind::ebreak);  // stale translation still used
  sfence_vma(s.m, Sandbox::kData);
  t = s.exec({lw(a0, a1, 0), kEbreak});
  CHECK(t.kind == TrapKind::page_fault);
}

TEST_CASE("write-protecting a page through write_pte makes the next store fault (COW)") {
  Sandbox s;
  s.x(a1) = Sandbox::kData;
  s.exec({sw(a1, a1, 0), kEbreak});
  auto slot = find_pte(s.m, s.root, Sandbox::kData);
  write_pte(s.m, slot->paddr, Sandbox::kData, (slot->value & ~kPteW) | kPteCow);
  Trap t = s.exec({sw(a1, a1, 4), kEbreak});
  CHECK(t.kind == TrapKind::page_fault);
  CHECK(t.access == Access::store);
  CHECK((s.pte(Sandbox::kData) & kPteCow) != 0);
}

TEST_CASE("set_satp switches address spaces and flushes the TLB") {
  Sandbox s;
  s.put_word(Sandbox::kData, 111);
  s.x(a1) = Sandbox::kData;
  s.exec({lw(a0, a1, 0), kEbreak});
  // A second address space with the same code and a different data frame.
  u32 root2 = *alloc_frame(s.m);
  u32 code = pte_frame(s.pte(Sandbox::kCode));
  map_page(s.m, root2, Sandbox::kCode, code, kPteR | kPteX | kPteU);
  u32 data2 = *alloc_frame(s.m);
  write_phys_u32(s.m, data2 * kPageSize, 222);
  map_page(s.m, root2, Sandbox::kData, data2, kPteR | kPteW | kPteU);
  set_satp(s.m, make_satp(root2));
  s.m.hart.pc = Sandbox::kCode;
  run(s.m, 10);
  CHECK(s.x(a0) == 222);
  set_satp(s.m, make_satp(s.root));
  s.m.hart.pc = Sandbox::kCode;
  run(s.m, 10);
  CHECK(s.x(a0) == 111);
}

TEST_CASE("megapages translate 4 MiB and misaligned megapages fault") {
  Sandbox s;
  // Root entry for 0x00400000.. -> frames 0..1023 (physical 0): aligned megapage.
  u32 l1 = s.root * kPageSize + vpn1(0x00400000) * 4;
  write_pte(s.m, l1, 0x00400000, make_pte(0, kPteV | kPteR | kPteU));
  u32 pa = 7 * kPageSize + 8;
  write_phys_u32(s.m, pa, 0xCAFE);
  s.x(a1) = 0x00400000 + pa;
  s.exec({lw(a0, a1, 0), kEbreak});
  CHECK(s.x(a0) == 0xCAFE);
  write_pte(s.m, l1, 0x00400000, make_pte(1, kPteV | kPteR | kPteU));
  Trap t = s.exec({lw(a0, a1, 0), kEbreak});
  CHECK(t.kind == TrapKind::page_fault);
}

TEST_CASE("a PTE pointing outside physical memory is an access fault") {
  Sandbox s;
  auto slot = find_pte(s.m, s.root, Sandbox::kData);
  write_pte(s.m, slot->paddr, Sandbox::kData, make_pte(0x3FFFFF, kPteV | kPteR | kPteW | kPteU));
  s.x(a1) = Sandbox::kData;
  Trap t = s.exec({lw(a0, a1, 0), kEbreak});
  CHECK(t.kind == TrapKind::access_fault);
  CHECK(t.access == Access::load);
}

// ---- Decoder cache ---------------------------------------------------------

TEST_CASE("a guest store into the next instruction is executed (self-modifying code)") {
  Sandbox s;
  // a1 = address of slot 3; a2 = encoding of "addi a0, zero, 42"; store it; then slot 3 runs.
  u32 patched = addi(a0, zero, 42);
  s.x(a1) = Sandbox::kCode + 12;
  s.x(a2) = patched;
  s.m.hart.pc = Sandbox::kCode;
  Trap t = s.exec({sw(a2, a1, 0), kNop, kNop, addi(a0, zero, 1), kEbreak});
  CHECK(t.kind == TrapKind::page_fault);  // code pages are not writable...
  auto slot = find_pte(s.m, s.root, Sandbox::kCode);
  write_pte(s.m, slot->paddr, Sandbox::kCode, slot->value | kPteW);  // ...until we allow it
  t = s.exec({sw(a2, a1, 0), kNop, kNop, addi(a0, zero, 1), kEbreak});
  CHECK(t.kind == TrapKind::ebreak);
  CHECK(s.x(a0) == 42);
  CHECK(s.m.hart.instret == 4);
}

TEST_CASE("a kernel write into code drops the decoded page") {
  Sandbox s;
  s.exec({addi(a0, zero, 1), kEbreak});
  CHECK(s.x(a0) == 1);
  u32 frame = pte_frame(s.pte(Sandbox::kCode));
  CHECK(frame_has_decoded_code(s.m, frame));
  u32 w = addi(a0, zero, 2);
  write_phys(s.m, s.paddr(Sandbox::kCode), {reinterpret_cast<u8*>(&w), 4});
  CHECK_FALSE(frame_has_decoded_code(s.m, frame));
  s.m.hart.pc = Sandbox::kCode;
  run(s.m, 10);
  CHECK(s.x(a0) == 2);
}

TEST_CASE("freeing a code frame drops its decoded page; a reused frame runs its new code") {
  Sandbox s;
  s.exec({addi(a0, zero, 1), kEbreak});
  u32 frame = pte_frame(s.pte(Sandbox::kCode));
  retain_frame(s.m, frame);
  CHECK(release_frame(s.m, frame) == 1);
  CHECK(frame_has_decoded_code(s.m, frame));
  CHECK(release_frame(s.m, frame) == 0);
  CHECK_FALSE(frame_has_decoded_code(s.m, frame));
  u32 again = *alloc_frame(s.m);
  CHECK(again == frame);  // the free list is a stack
  // The frame is zeroed: executing it now is an illegal instruction (0x00000000).
  s.m.hart.pc = Sandbox::kCode;
  Trap t = run(s.m, 10);
  CHECK(t.kind == TrapKind::illegal_instruction);
  CHECK(t.insn == 0);
}

TEST_CASE("the decoder cache evicts pages when full and stays correct") {
  Sandbox s;
  // More code pages than decoder-cache slots, each returning its index in a0.
  const u32 base = 0x01000000, pages = kDecodeCacheSlots + 8;
  s.map(base, pages, kPteR | kPteX | kPteU);
  for (u32 i = 0; i < pages; ++i) s.put_code({addi(a0, zero, i32(i)), kEbreak}, base + i * kPageSize);
  for (u32 round = 0; round < 2; ++round)
    for (u32 i = 0; i < pages; ++i) {
      s.m.hart.pc = base + i * kPageSize;
      run(s.m, 10);
      REQUIRE(s.x(a0) == i);
    }
}

// ---- Frames ------------------------------------------------------------------

TEST_CASE("frame allocation reports exhaustion as a value and frees by refcount") {
  Machine m = make_machine({64 * kPageSize});
  CHECK(frame_count(m) == 64);
  CHECK(free_frame_count(m) == 63);  // frame 0 is reserved
  std::vector<u32> got;
  while (auto f = alloc_frame(m)) got.push_back(*f);
  CHECK(got.size() == 63);
  CHECK(got.front() == 1);
  CHECK_FALSE(alloc_frame(m).has_value());
  retain_frame(m, got[5]);
  CHECK(frame_refcount(m, got[5]) == 2);
  CHECK(release_frame(m, got[5]) == 1);
  CHECK_FALSE(alloc_frame(m).has_value());
  CHECK(release_frame(m, got[5]) == 0);
  CHECK(free_frame_count(m) == 1);
  auto f = alloc_frame(m);
  REQUIRE(f);
  CHECK(*f == got[5]);
}

TEST_CASE("allocated frames are zeroed") {
  Machine m = make_machine({16 * kPageSize});
  u32 f = *alloc_frame(m);
  frame_bytes(m, f)[100] = 7;
  release_frame(m, f);
  u32 g = *alloc_frame(m);
  CHECK(g == f);
  CHECK(frame_bytes(m, g)[100] == 0);
}

// ---- Kernel access to guest memory ----------------------------------------------

TEST_CASE("copy_to_guest and copy_from_guest cross pages") {
  Sandbox s;
  std::vector<u8> in(300);
  for (usize i = 0; i < in.size(); ++i) in[i] = u8(i * 7);
  u32 va = Sandbox::kData + kPageSize - 100;
  CHECK_FALSE(copy_to_guest(s.m, va, in));
  std::vector<u8> out(300);
  CHECK_FALSE(copy_from_guest(s.m, va, out));
  CHECK(out == in);
  CHECK((s.pte(Sandbox::kData + kPageSize) & kPteD) != 0);
}

TEST_CASE("kernel writes take the guest's fault path (COW) and report where") {
  Sandbox s;
  u8 buf[8] = {1, 2, 3, 4, 5, 6, 7, 8};
  auto fault = copy_to_guest(s.m, Sandbox::kRodata + 4, buf);
  REQUIRE(fault);
  CHECK(fault->kind == TrapKind::page_fault);
  CHECK(fault->access == Access::store);
  CHECK(fault->addr == Sandbox::kRodata + 4);
  // The "COW handler" makes the page writable; the retry succeeds.
  auto slot = find_pte(s.m, s.root, Sandbox::kRodata);
  write_pte(s.m, slot->paddr, Sandbox::kRodata, slot->value | kPteW);
  CHECK_FALSE(copy_to_guest(s.m, Sandbox::kRodata + 4, buf));
  CHECK(s.byte(Sandbox::kRodata + 7) == 4);
}

TEST_CASE("a bad pointer gives a fault value (the kernel's EFAULT)") {
  Sandbox s;
  u8 buf[4];
  auto fault = copy_from_guest(s.m, 0xDEAD0000, buf);
  REQUIRE(fault);
  CHECK(fault->access == Access::load);
  CHECK(fault->addr == 0xDEAD0000u);
  std::string str;
  CHECK(read_guest_string(s.m, 0, 10, str));
}

TEST_CASE("read_guest_string stops at NUL, across pages, and reports truncation") {
  Sandbox s;
  const char text[] = "hello, world";
  u32 va = Sandbox::kData + kPageSize - 5;
  REQUIRE_FALSE(copy_to_guest(s.m, va, {reinterpret_cast<const u8*>(text), sizeof text}));
  std::string out;
  bool truncated = true;
  CHECK_FALSE(read_guest_string(s.m, va, 100, out, &truncated));
  CHECK(out == "hello, world");
  CHECK_FALSE(truncated);
  CHECK_FALSE(read_guest_string(s.m, va, 5, out, &truncated));
  CHECK(out == "hello");
  CHECK(truncated);
}

TEST_CASE("state_hash changes with registers and memory and ignores derived state") {
  Sandbox s;
  u64 h0 = state_hash(s.m);
  s.x(a0) = 1;
  u64 h1 = state_hash(s.m);
  CHECK(h1 != h0);
  s.put_word(Sandbox::kData, 5);
  u64 h2 = state_hash(s.m);
  CHECK(h2 != h1);
  flush_derived_state(s.m);
  CHECK(state_hash(s.m) == h2);
}

TEST_CASE("a checkpoint copy of the machine runs identically") {
  Sandbox s;
  s.put_code({addi(a0, zero, 0), addi(a1, zero, 50), add(a0, a0, a1), sw(a0, sp, 0),
              addi(a1, a1, -1), bne(a1, zero, -12), kEbreak});
  s.x(sp) = Sandbox::kData + 64;
  run(s.m, 40);
  Machine copy = s.m;
  flush_derived_state(copy);
  run(s.m, 1000);
  run(copy, 1000);
  CHECK(state_hash(copy) == state_hash(s.m));
}
