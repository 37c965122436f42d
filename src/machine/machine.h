// The ForkLab machine (SPEC §3): one RV32IMA user-mode hart, guest physical
// memory with 4 KiB frames and reference counts, Sv32 paging with a software
// TLB, and a decoder cache keyed by physical page.
//
// Everything here is plain data: tables hold indices (frame numbers, slots),
// never pointers into each other, so the kernel can checkpoint a Machine by
// copying it. The TLB and the decoder cache are derived state: dropping them
// (flush_derived_state) never changes behaviour, only speed.
#pragma once

#include <array>
#include <optional>
#include <span>
#include <vector>

#include "base/types.h"
#include "machine/decode.h"
#include "machine/trap.h"

namespace forklab::machine {

constexpr u32 kPageShift = 12;
constexpr u32 kPageSize = 1u << kPageShift;
constexpr u32 kPageMask = kPageSize - 1;
constexpr u32 kDefaultMemoryBytes = 64u << 20;
constexpr u32 kNoSlot = 0xFFFFFFFFu;

// The hart's architectural state. x[0] is always 0.
struct HartState {
  std::array<u32, 32> x{};
  u32 pc = 0;
  u64 instret = 0;  // instructions retired; rdcycle reads the same number
  // LR/SC reservation: a physical word address. Broken by SC, by any store
  // to that word (guest or kernel), and by the kernel on a context switch
  // (clear_reservation), as Linux does on every trap return.
  bool reservation_valid = false;
  u32 reservation_paddr = 0;
};

// The time CSR: a virtual clock the kernel sets, never host time.
// time = base + (instret - base_instret) / insns_per_tick.
struct VirtualClock {
  u64 base = 0;
  u64 base_instret = 0;
  u64 insns_per_tick = 1;
};

struct PhysicalMemory {
  std::vector<u8> bytes;
  std::vector<u32> refcount;     // per frame; 0 = free
  std::vector<u32> free_frames;  // stack of free frame numbers (lowest on top)
};

// Software TLB: direct-mapped, tagged by virtual page. `vpage` has the low
// 12 bits clear, so a misaligned access never matches and takes the slow
// path; kInvalidTag can match no address. host offset = va + delta.
struct TlbEntry {
  u32 vpage = 0xFFF;
  u32 delta = 0;
};
constexpr u32 kTlbEntries = 256;
constexpr u32 kInvalidTag = 0xFFF;

struct Tlb {
  std::array<TlbEntry, kTlbEntries> read{};
  std::array<TlbEntry, kTlbEntries> write{};  // only for D=1 pages without decoded code
  std::array<TlbEntry, kTlbEntries> fetch{};  // delta unused; frame in `fetch_frame`
  std::array<u32, kTlbEntries> fetch_frame{};
};

// Pre-decoded instructions of one physical page, plus a sentinel `page_end`
// entry so running off the end of the page leaves the fast path.
constexpr u32 kInsnsPerPage = kPageSize / 4;
struct DecodedPage {
  std::array<DecodedInsn, kInsnsPerPage + 1> insns;
  u32 frame = kNoSlot;
};
constexpr u32 kDecodeCacheSlots = 256;

struct DecodeCache {
  std::vector<DecodedPage> pages;  // grows up to kDecodeCacheSlots
  std::vector<u32> slot_of_frame;  // frame -> slot in pages, or kNoSlot
  u32 next_victim = 0;
};

struct MachineConfig {
  u32 memory_bytes = kDefaultMemoryBytes;
};

struct Machine {
  HartState hart;
  u32 satp = 0;  // MODE (bit 31) | ASID | root PPN; MODE 0 = bare (tests only)
  VirtualClock clock;
  PhysicalMemory mem;
  // Derived state (not part of a checkpoint's meaning).
  Tlb tlb;
  DecodeCache code;
  Trap fault;  // scratch for slow paths
};

Machine make_machine(const MachineConfig& config = {});

// ---- Running -------------------------------------------------------------

// Execute up to `budget` instructions. Returns the trap that stopped the hart.
// Internally the work is cut into slices of at most kRunSliceInsns so the
// interpreter function is re-entered often (V8 tiers up only re-entered wasm
// functions); the trace does not depend on the slicing.
Trap run(Machine& m, u64 budget);
constexpr u64 kRunSliceInsns = 4u << 20;

// The time CSR value now.
u64 read_time(const Machine& m);

// ---- Frames ----------------------------------------------------------------

u32 frame_count(const Machine& m);
u32 free_frame_count(const Machine& m);
// A zeroed frame with refcount 1, or nullopt when memory is exhausted (the
// kernel's OOM killer reacts to that). Frame 0 is never handed out.
std::optional<u32> alloc_frame(Machine& m);
void retain_frame(Machine& m, u32 frame);
// Drop one reference; at zero the frame is free and its decoded code is
// dropped. Returns the new count.
u32 release_frame(Machine& m, u32 frame);
u32 frame_refcount(const Machine& m, u32 frame);
std::span<u8> frame_bytes(Machine& m, u32 frame);
std::span<const u8> frame_bytes(const Machine& m, u32 frame);

// ---- Physical memory (the kernel's view) ------------------------------------

bool paddr_valid(const Machine& m, u64 paddr, u32 size);
u32 read_phys_u32(const Machine& m, u32 paddr);
// Writes that keep the decoder cache and the LR/SC reservation coherent.
void write_phys_u32(Machine& m, u32 paddr, u32 value);
void write_phys(Machine& m, u32 paddr, std::span<const u8> bytes);

// ---- Address space and TLB ----------------------------------------------------

u32 make_satp(u32 root_frame, u32 asid = 0);
u32 satp_root(u32 satp);
// Switch address space: writes satp and flushes the TLB.
void set_satp(Machine& m, u32 satp);
// sfence.vma: one page (va) or everything (nullopt).
void sfence_vma(Machine& m, std::optional<u32> va = std::nullopt);
void clear_reservation(Machine& m);
// Drop TLB and decoder cache (after restoring a checkpoint).
void flush_derived_state(Machine& m);

// Debug/checkpoint aid: FNV-1a over the architectural state (registers, pc,
// counters, reservation, satp, clock, memory and refcounts).
u64 state_hash(const Machine& m);

// ---- Internal, used by the interpreter and tests --------------------------

// The decoded page for a frame (decoding it on first use).
const DecodedInsn* decoded_page(Machine& m, u32 frame);
bool frame_has_decoded_code(const Machine& m, u32 frame);

}  // namespace forklab::machine
