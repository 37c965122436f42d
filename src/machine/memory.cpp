// Physical memory, frames with reference counts, the decoder cache and the
// TLB bookkeeping that keeps both coherent with writes.
#include <algorithm>
#include <cstring>

#include "machine/internal.h"
#include "machine/machine.h"

namespace forklab::machine {

Machine make_machine(const MachineConfig& config) {
  Machine m;
  u32 frames = std::max<u32>(config.memory_bytes / kPageSize, 2);
  m.mem.bytes.assign(usize(frames) * kPageSize, 0);
  m.mem.refcount.assign(frames, 0);
  m.mem.refcount[0] = 1;  // frame 0 is reserved: a zero frame number is always a bug
  m.mem.free_frames.reserve(frames - 1);
  for (u32 f = frames - 1; f >= 1; --f) m.mem.free_frames.push_back(f);
  m.code.slot_of_frame.assign(frames, kNoSlot);
  flush_derived_state(m);
  return m;
}

// ---- Frames ----------------------------------------------------------------

u32 frame_count(const Machine& m) { return u32(m.mem.refcount.size()); }
u32 free_frame_count(const Machine& m) { return u32(m.mem.free_frames.size()); }

std::optional<u32> alloc_frame(Machine& m) {
  if (m.mem.free_frames.empty()) return std::nullopt;
  u32 f = m.mem.free_frames.back();
  m.mem.free_frames.pop_back();
  m.mem.refcount[f] = 1;
  std::memset(m.mem.bytes.data() + usize(f) * kPageSize, 0, kPageSize);
  return f;
}

void retain_frame(Machine& m, u32 frame) { ++m.mem.refcount[frame]; }

namespace {

void drop_decoded_page(Machine& m, u32 frame) {
  u32 slot = m.code.slot_of_frame[frame];
  if (slot == kNoSlot) return;
  m.code.slot_of_frame[frame] = kNoSlot;
  m.code.pages[slot].frame = kNoSlot;
}

// Physical page that a TLB entry points at.
u32 entry_frame(const TlbEntry& e) { return (e.vpage + e.delta) >> kPageShift; }

// Stores to `frame` must take the slow path from now on (it holds decoded
// code or the LR/SC reservation).
void unmap_frame_from_write_tlb(Machine& m, u32 frame) {
  for (TlbEntry& e : m.tlb.write)
    if (e.vpage != kInvalidTag && entry_frame(e) == frame) e.vpage = kInvalidTag;
}

}  // namespace

u32 release_frame(Machine& m, u32 frame) {
  u32& rc = m.mem.refcount[frame];
  if (rc == 0 || frame == 0) return rc;
  if (--rc == 0) {
    drop_decoded_page(m, frame);
    if (m.hart.reservation_valid && (m.hart.reservation_paddr >> kPageShift) == frame)
      m.hart.reservation_valid = false;
    m.mem.free_frames.push_back(frame);
  }
  return rc;
}

u32 frame_refcount(const Machine& m, u32 frame) { return m.mem.refcount[frame]; }

std::span<u8> frame_bytes(Machine& m, u32 frame) {
  return {m.mem.bytes.data() + usize(frame) * kPageSize, kPageSize};
}
std::span<const u8> frame_bytes(const Machine& m, u32 frame) {
  return {m.mem.bytes.data() + usize(frame) * kPageSize, kPageSize};
}

// ---- Physical access -----------------------------------------------------------

bool paddr_valid(const Machine& m, u64 paddr, u32 size) {
  return paddr <= m.mem.bytes.size() && size <= m.mem.bytes.size() - paddr;
}

u32 read_phys_u32(const Machine& m, u32 paddr) {
  u32 v;
  std::memcpy(&v, m.mem.bytes.data() + paddr, 4);
  return v;
}

// Every store that did not go through the write TLB ends here (or in
// note_phys_write): decoded code on the page is dropped and a reservation
// on the word is broken.
bool note_phys_write(Machine& m, u32 paddr, u32 size) {
  bool code_changed = false;
  u32 first = paddr >> kPageShift, last = (paddr + size - 1) >> kPageShift;
  for (u32 f = first; f <= last; ++f) {
    if (m.code.slot_of_frame[f] != kNoSlot) {
      drop_decoded_page(m, f);
      code_changed = true;
    }
  }
  if (m.hart.reservation_valid) {
    u32 r = m.hart.reservation_paddr;
    if (paddr < r + 4 && r < paddr + size) m.hart.reservation_valid = false;
  }
  return code_changed;
}

void write_phys_u32(Machine& m, u32 paddr, u32 value) {
  note_phys_write(m, paddr, 4);
  std::memcpy(m.mem.bytes.data() + paddr, &value, 4);
}

void write_phys(Machine& m, u32 paddr, std::span<const u8> bytes) {
  if (bytes.empty()) return;
  note_phys_write(m, paddr, u32(bytes.size()));
  std::memcpy(m.mem.bytes.data() + paddr, bytes.data(), bytes.size());
}

// ---- Decoder cache ---------------------------------------------------------------

bool frame_has_decoded_code(const Machine& m, u32 frame) {
  return m.code.slot_of_frame[frame] != kNoSlot;
}

const DecodedInsn* decoded_page(Machine& m, u32 frame) {
  DecodeCache& c = m.code;
  u32 slot = c.slot_of_frame[frame];
  if (slot != kNoSlot) return c.pages[slot].insns.data();
  if (c.pages.size() < kDecodeCacheSlots) {
    slot = u32(c.pages.size());
    c.pages.emplace_back();
  } else {
    slot = c.next_victim;  // round robin: simple and deterministic
    c.next_victim = (c.next_victim + 1) % kDecodeCacheSlots;
    if (c.pages[slot].frame != kNoSlot) c.slot_of_frame[c.pages[slot].frame] = kNoSlot;
  }
  DecodedPage& page = c.pages[slot];
  page.frame = frame;
  const u8* src = m.mem.bytes.data() + usize(frame) * kPageSize;
  for (u32 i = 0; i < kInsnsPerPage; ++i) {
    u32 w;
    std::memcpy(&w, src + 4 * i, 4);
    page.insns[i] = decode(w);
  }
  page.insns[kInsnsPerPage] = DecodedInsn{Op::page_end, kScratchReg, 0, 0, 0};
  c.slot_of_frame[frame] = slot;
  // From now on stores into this frame must see the decoded copy.
  unmap_frame_from_write_tlb(m, frame);
  return page.insns.data();
}

// ---- TLB and satp -------------------------------------------------------------------

void reserve_word(Machine& m, u32 paddr) {
  m.hart.reservation_valid = true;
  m.hart.reservation_paddr = paddr;
  unmap_frame_from_write_tlb(m, paddr >> kPageShift);
}

void clear_reservation(Machine& m) { m.hart.reservation_valid = false; }

u32 make_satp(u32 root_frame, u32 asid) {
  return 0x80000000u | ((asid & 0x1FF) << 22) | (root_frame & 0x3FFFFF);
}
u32 satp_root(u32 satp) { return satp & 0x3FFFFF; }

void set_satp(Machine& m, u32 satp) {
  m.satp = satp;
  sfence_vma(m);
}

void sfence_vma(Machine& m, std::optional<u32> va) {
  if (!va) {
    for (auto* t : {&m.tlb.read, &m.tlb.write, &m.tlb.fetch})
      for (TlbEntry& e : *t) e.vpage = kInvalidTag;
    return;
  }
  u32 vpage = *va & ~kPageMask;
  u32 i = (*va >> kPageShift) % kTlbEntries;
  for (auto* t : {&m.tlb.read, &m.tlb.write, &m.tlb.fetch})
    if ((*t)[i].vpage == vpage) (*t)[i].vpage = kInvalidTag;
}

void flush_derived_state(Machine& m) {
  sfence_vma(m);
  m.code.pages.clear();
  m.code.next_victim = 0;
  std::fill(m.code.slot_of_frame.begin(), m.code.slot_of_frame.end(), kNoSlot);
}

u64 read_time(const Machine& m) {
  const VirtualClock& c = m.clock;
  u64 ticks = c.insns_per_tick ? (m.hart.instret - c.base_instret) / c.insns_per_tick : 0;
  return c.base + ticks;
}

// ---- State hash --------------------------------------------------------------------

namespace {
struct Fnv {
  u64 h = 1469598103934665603ull;
  // Eight bytes per step: the memory image is tens of MiB.
  void bytes(const void* p, usize n) {
    const u8* b = static_cast<const u8*>(p);
    usize i = 0;
    for (; i + 8 <= n; i += 8) {
      u64 w;
      std::memcpy(&w, b + i, 8);
      h = (h ^ w) * 1099511628211ull;
    }
    for (; i < n; ++i) h = (h ^ b[i]) * 1099511628211ull;
  }
  template <class T>
  void value(const T& v) { bytes(&v, sizeof v); }
};
}  // namespace

u64 state_hash(const Machine& m) {
  Fnv f;
  f.bytes(m.hart.x.data(), sizeof m.hart.x);
  f.value(m.hart.pc);
  f.value(m.hart.instret);
  f.value(u8(m.hart.reservation_valid));
  if (m.hart.reservation_valid) f.value(m.hart.reservation_paddr);
  f.value(m.satp);
  f.value(m.clock.base);
  f.value(m.clock.base_instret);
  f.value(m.clock.insns_per_tick);
  f.bytes(m.mem.bytes.data(), m.mem.bytes.size());
  f.bytes(m.mem.refcount.data(), m.mem.refcount.size() * sizeof(u32));
  f.bytes(m.mem.free_frames.data(), m.mem.free_frames.size() * sizeof(u32));
  return f.h;
}

}  // namespace forklab::machine
