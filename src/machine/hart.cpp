// The interpreter: run() and its out-of-line slow paths.
//
// This is the one place in ForkLab where speed beats brevity (STYLE.md).
// The shape, borrowed in spirit from libriscv:
//  - instructions come pre-decoded from the decoder cache (one page of
//    DecodedInsn per physical code page, with a `page_end` sentinel), so the
//    fast path never fetches or decodes; `ip` walks the decoded page and the
//    pc is only materialised when needed (auipc, jumps, traps);
//  - a tight dispatch loop: threaded code (computed goto) with GCC/Clang
//    natively, a plain switch for WebAssembly (br_table);
//  - loads and stores hit a direct-mapped software TLB in a single compare
//    (tag and alignment at once); everything else - TLB misses, misaligned
//    or page-crossing accesses, stores into decoded code or onto a reserved
//    word, atomics, counters - lives in [[gnu::noinline]] functions below;
//  - registers live in a local array whose address never escapes, so guest
//    stores through `u8*` cannot force the compiler to reload them.
#include <bit>
#include <cstring>

#include "machine/internal.h"
#include "machine/machine.h"
#include "machine/sv32.h"

static_assert(std::endian::native == std::endian::little,
              "guest memory is accessed with host loads: little-endian hosts only");

#ifndef FORKLAB_MACHINE_THREADED
#if defined(__GNUC__) && !defined(__EMSCRIPTEN__)
#define FORKLAB_MACHINE_THREADED 1
#else
#define FORKLAB_MACHINE_THREADED 0
#endif
#endif

#define FL_LIKELY(x) __builtin_expect(!!(x), 1)
#define FL_UNLIKELY(x) __builtin_expect(!!(x), 0)

namespace forklab::machine {

const char* trap_kind_name(TrapKind kind) {
  switch (kind) {
    case TrapKind::budget_exhausted: return "budget_exhausted";
    case TrapKind::ecall: return "ecall";
    case TrapKind::ebreak: return "ebreak";
    case TrapKind::page_fault: return "page_fault";
    case TrapKind::access_fault: return "access_fault";
    case TrapKind::misaligned: return "misaligned";
    case TrapKind::illegal_instruction: return "illegal_instruction";
  }
  return "?";
}

const char* access_name(Access access) {
  switch (access) {
    case Access::load: return "load";
    case Access::store: return "store";
    case Access::fetch: return "fetch";
  }
  return "?";
}

namespace {

constexpr u32 kTlbIndexMask = kTlbEntries - 1;
static_assert((kTlbEntries & kTlbIndexMask) == 0, "TLB size must be a power of two");

// Result of a slow-path store or atomic.
enum class StoreResult { ok, code_changed, fault };

void set_fault(Machine& m, TrapKind kind, Access access, u32 addr) {
  m.fault = Trap{kind, access, 0, addr, 0};
}

// Translate one access and fill the TLB. The write TLB is only filled for
// frames whose stores need no bookkeeping (no decoded code, no reservation).
[[gnu::noinline]] bool translate_fill(Machine& m, u32 va, Access access, u32& paddr) {
  Translation t = translate(m, va, access);
  if (!t.ok) {
    set_fault(m, t.fault, access, va);
    return false;
  }
  paddr = t.paddr;
  u32 vpage = va & ~kPageMask;
  u32 frame = t.paddr >> kPageShift;
  u32 i = (va >> kPageShift) & kTlbIndexMask;
  TlbEntry entry{vpage, (frame << kPageShift) - vpage};
  if (access == Access::fetch) {
    m.tlb.fetch[i] = entry;
    m.tlb.fetch_frame[i] = frame;
    return true;
  }
  m.tlb.read[i] = entry;  // a store walk implies R (W without R is reserved)
  if (access == Access::store) {
    bool reserved = m.hart.reservation_valid && (m.hart.reservation_paddr >> kPageShift) == frame;
    if (!frame_has_decoded_code(m, frame) && !reserved) m.tlb.write[i] = entry;
  }
  return true;
}

// The physical addresses of the (one or two) pages an access touches.
struct Span2 {
  u32 pa1, n1, pa2;
};

bool translate_span(Machine& m, u32 va, u32 size, Access access, Span2& s) {
  u32 n1 = kPageSize - (va & kPageMask);
  if (n1 >= size) n1 = size;
  if (!translate_fill(m, va, access, s.pa1)) return false;
  s.n1 = n1;
  s.pa2 = 0;
  if (n1 < size && !translate_fill(m, va + n1, access, s.pa2)) return false;
  return true;
}

[[gnu::noinline]] bool load_slow(Machine& m, u32 va, u32 size, u32& out) {
  Span2 s;
  if (!translate_span(m, va, size, Access::load, s)) return false;
  u8 buf[4] = {};
  std::memcpy(buf, m.mem.bytes.data() + s.pa1, s.n1);
  std::memcpy(buf + s.n1, m.mem.bytes.data() + s.pa2, size - s.n1);
  std::memcpy(&out, buf, 4);
  return true;
}

[[gnu::noinline]] StoreResult store_slow(Machine& m, u32 va, u32 size, u32 value) {
  Span2 s;
  if (!translate_span(m, va, size, Access::store, s)) return StoreResult::fault;
  u8 buf[4];
  std::memcpy(buf, &value, 4);
  bool changed = note_phys_write(m, s.pa1, s.n1);
  std::memcpy(m.mem.bytes.data() + s.pa1, buf, s.n1);
  if (s.n1 < size) {
    changed |= note_phys_write(m, s.pa2, size - s.n1);
    std::memcpy(m.mem.bytes.data() + s.pa2, buf + s.n1, size - s.n1);
  }
  return changed ? StoreResult::code_changed : StoreResult::ok;
}

// The decoded page holding `pc`, or nullptr with m.fault set.
[[gnu::noinline]] const DecodedInsn* fetch_slow(Machine& m, u32 pc) {
  if (pc & 3) {
    set_fault(m, TrapKind::misaligned, Access::fetch, pc);
    return nullptr;
  }
  u32 i = (pc >> kPageShift) & kTlbIndexMask;
  u32 frame;
  if (m.tlb.fetch[i].vpage == (pc & ~kPageMask)) {
    frame = m.tlb.fetch_frame[i];
  } else {
    u32 pa;
    if (!translate_fill(m, pc, Access::fetch, pa)) return nullptr;
    frame = pa >> kPageShift;
  }
  return decoded_page(m, frame);
}

u32 amo_apply(Op op, u32 old, u32 src) {
  switch (op) {
    case Op::amoswap: return src;
    case Op::amoadd: return old + src;
    case Op::amoxor: return old ^ src;
    case Op::amoand: return old & src;
    case Op::amoor: return old | src;
    case Op::amomin: return i32(old) < i32(src) ? old : src;
    case Op::amomax: return i32(old) > i32(src) ? old : src;
    case Op::amominu: return old < src ? old : src;
    default: return old > src ? old : src;  // amomaxu
  }
}

// LR.W, SC.W and the AMOs (the A extension). Atomics must be naturally
// aligned; a misaligned one traps (Linux sends SIGBUS).
[[gnu::noinline]] StoreResult atomic_slow(Machine& m, Op op, u32 va, u32 src, u32& out) {
  Access access = op == Op::lr_w ? Access::load : Access::store;
  if (va & 3) {
    set_fault(m, TrapKind::misaligned, access, va);
    return StoreResult::fault;
  }
  u32 pa;
  if (!translate_fill(m, va, access, pa)) return StoreResult::fault;
  u8* p = m.mem.bytes.data() + pa;
  if (op == Op::lr_w) {
    std::memcpy(&out, p, 4);
    reserve_word(m, pa);
    return StoreResult::ok;
  }
  if (op == Op::sc_w) {
    bool held = m.hart.reservation_valid && m.hart.reservation_paddr == pa;
    m.hart.reservation_valid = false;
    out = held ? 0 : 1;
    if (!held) return StoreResult::ok;
    bool changed = note_phys_write(m, pa, 4);
    std::memcpy(p, &src, 4);
    return changed ? StoreResult::code_changed : StoreResult::ok;
  }
  u32 old;
  std::memcpy(&old, p, 4);
  u32 now = amo_apply(op, old, src);
  bool changed = note_phys_write(m, pa, 4);
  std::memcpy(p, &now, 4);
  out = old;
  return changed ? StoreResult::code_changed : StoreResult::ok;
}

// rdcycle/rdtime/rdinstret and their high halves. `instret` is the count of
// instructions retired before this one.
[[gnu::noinline]] u32 read_counter(Machine& m, u32 csr, u64 instret) {
  u64 saved = m.hart.instret;
  m.hart.instret = instret;
  u64 time = read_time(m);
  m.hart.instret = saved;
  switch (csr) {
    case kCsrCycle:
    case kCsrInstret: return u32(instret);
    case kCsrCycleH:
    case kCsrInstretH: return u32(instret >> 32);
    case kCsrTime: return u32(time);
    default: return u32(time >> 32);  // kCsrTimeH
  }
}

u32 div_signed(u32 a, u32 b) {
  if (b == 0) return ~0u;
  if (a == 0x80000000u && b == ~0u) return a;  // overflow: the dividend
  return u32(i32(a) / i32(b));
}
u32 rem_signed(u32 a, u32 b) {
  if (b == 0) return a;
  if (a == 0x80000000u && b == ~0u) return 0;
  return u32(i32(a) % i32(b));
}

// One slice of execution. See the file comment for the design.
[[gnu::noinline]] Trap run_slice(Machine& m, u64 budget) {
  u32 x[33];
  std::memcpy(x, m.hart.x.data(), 32 * sizeof(u32));
  x[0] = 0;
  x[kScratchReg] = 0;
  u8* const mem = m.mem.bytes.data();
  const TlbEntry* const rtlb = m.tlb.read.data();
  const TlbEntry* const wtlb = m.tlb.write.data();
  u64 left = budget;
  u32 pc = m.hart.pc;
  const DecodedInsn* base = nullptr;
  const DecodedInsn* ip = nullptr;
  u32 vbase = 0;
  Trap trap;
  // Jump state for far_jump.
  u32 jump_target = 0, jump_link = 0;
  u8 jump_rd = kScratchReg;

#if FORKLAB_MACHINE_THREADED
  static void* const kLabels[] = {
#define FORKLAB_OP_LABEL(name) &&op_##name,
      FORKLAB_MACHINE_OPS(FORKLAB_OP_LABEL)
#undef FORKLAB_OP_LABEL
  };
#define CASE(name) op_##name:
#define DISPATCH()                                  \
  do {                                              \
    if (FL_UNLIKELY(left == 0)) goto out_of_budget; \
    --left;                                         \
    goto* kLabels[u32(ip->op)];                     \
  } while (0)
#else
#define CASE(name) case Op::name:
#define DISPATCH() goto dispatch
#endif
#define NEXT() \
  do {         \
    ++ip;      \
    DISPATCH(); \
  } while (0)
#define PC() (vbase + (u32(ip - base) << 2))
#define RD ip->rd
#define RS1 x[ip->rs1]
#define RS2 x[ip->rs2]
#define IMM ip->imm
  // A taken branch or jump to page offset `off` (relative to vbase).
#define JUMP(off_expr, rd_expr, link_expr)               \
  do {                                                   \
    u32 off_ = (off_expr);                               \
    if (FL_LIKELY((off_ & 0xFFFFF003u) == 0)) {          \
      x[rd_expr] = (link_expr);                          \
      ip = base + (off_ >> 2);                           \
      DISPATCH();                                        \
    }                                                    \
    jump_target = vbase + off_;                          \
    jump_rd = (rd_expr);                                 \
    jump_link = (link_expr);                             \
    goto far_jump;                                       \
  } while (0)
#define BRANCH(cond)                                                    \
  do {                                                                  \
    if (cond) JUMP((u32(ip - base) << 2) + u32(IMM), kScratchReg, 0u); \
    NEXT();                                                             \
  } while (0)
#define LOAD(T, N)                                                         \
  do {                                                                     \
    u32 va_ = RS1 + u32(IMM);                                              \
    const TlbEntry& e_ = rtlb[(va_ >> kPageShift) & kTlbIndexMask];        \
    T v_;                                                                  \
    if (FL_LIKELY((va_ & (0xFFFFF000u | (N - 1))) == e_.vpage)) {          \
      std::memcpy(&v_, mem + u32(va_ + e_.delta), N);                      \
    } else {                                                               \
      u32 raw_;                                                            \
      if (!load_slow(m, va_, N, raw_)) goto mem_fault;                     \
      std::memcpy(&v_, &raw_, N);                                          \
    }                                                                      \
    x[RD] = u32(v_);                                                       \
    NEXT();                                                                \
  } while (0)
#define STORE(T, N)                                                        \
  do {                                                                     \
    u32 va_ = RS1 + u32(IMM);                                              \
    T v_ = T(RS2);                                                         \
    const TlbEntry& e_ = wtlb[(va_ >> kPageShift) & kTlbIndexMask];        \
    if (FL_LIKELY((va_ & (0xFFFFF000u | (N - 1))) == e_.vpage)) {          \
      std::memcpy(mem + u32(va_ + e_.delta), &v_, N);                      \
      NEXT();                                                              \
    }                                                                      \
    StoreResult r_ = store_slow(m, va_, N, RS2);                           \
    if (r_ == StoreResult::fault) goto mem_fault;                          \
    if (r_ == StoreResult::code_changed) goto code_changed;                \
    NEXT();                                                                \
  } while (0)
#define ATOMIC(name)                                                        \
  CASE(name) {                                                              \
    u32 out_;                                                               \
    StoreResult r_ = atomic_slow(m, Op::name, RS1, RS2, out_);              \
    if (r_ == StoreResult::fault) goto mem_fault;                           \
    x[RD] = out_;                                                           \
    if (r_ == StoreResult::code_changed) goto code_changed;                 \
    NEXT();                                                                 \
  }

refetch:
  if (left == 0) {
    trap = Trap{TrapKind::budget_exhausted, Access::load, pc, 0, 0};
    goto stop;
  }
  base = fetch_slow(m, pc);
  if (!base) {
    trap = m.fault;
    trap.pc = pc;
    goto stop;
  }
  vbase = pc & ~kPageMask;
  ip = base + ((pc & kPageMask) >> 2);

#if FORKLAB_MACHINE_THREADED
  DISPATCH();
#else
dispatch:
  if (FL_UNLIKELY(left == 0)) goto out_of_budget;
  --left;
  switch (ip->op) {
#endif

  CASE(lui) { x[RD] = u32(IMM); NEXT(); }
  CASE(auipc) { x[RD] = PC() + u32(IMM); NEXT(); }
  CASE(jal) {
    u32 here = u32(ip - base) << 2;
    JUMP(here + u32(IMM), RD, vbase + here + 4);
  }
  CASE(jalr) {
    u32 target = (RS1 + u32(IMM)) & ~1u;
    JUMP(target - vbase, RD, PC() + 4);
  }
  CASE(beq) { BRANCH(RS1 == RS2); }
  CASE(bne) { BRANCH(RS1 != RS2); }
  CASE(blt) { BRANCH(i32(RS1) < i32(RS2)); }
  CASE(bge) { BRANCH(i32(RS1) >= i32(RS2)); }
  CASE(bltu) { BRANCH(RS1 < RS2); }
  CASE(bgeu) { BRANCH(RS1 >= RS2); }
  CASE(lb) { LOAD(i8, 1); }
  CASE(lh) { LOAD(i16, 2); }
  CASE(lw) { LOAD(u32, 4); }
  CASE(lbu) { LOAD(u8, 1); }
  CASE(lhu) { LOAD(u16, 2); }
  CASE(sb) { STORE(u8, 1); }
  CASE(sh) { STORE(u16, 2); }
  CASE(sw) { STORE(u32, 4); }
  CASE(addi) { x[RD] = RS1 + u32(IMM); NEXT(); }
  CASE(slti) { x[RD] = i32(RS1) < IMM; NEXT(); }
  CASE(sltiu) { x[RD] = RS1 < u32(IMM); NEXT(); }
  CASE(xori) { x[RD] = RS1 ^ u32(IMM); NEXT(); }
  CASE(ori) { x[RD] = RS1 | u32(IMM); NEXT(); }
  CASE(andi) { x[RD] = RS1 & u32(IMM); NEXT(); }
  CASE(slli) { x[RD] = RS1 << IMM; NEXT(); }
  CASE(srli) { x[RD] = RS1 >> IMM; NEXT(); }
  CASE(srai) { x[RD] = u32(i32(RS1) >> IMM); NEXT(); }
  CASE(add) { x[RD] = RS1 + RS2; NEXT(); }
  CASE(sub) { x[RD] = RS1 - RS2; NEXT(); }
  CASE(sll) { x[RD] = RS1 << (RS2 & 31); NEXT(); }
  CASE(slt) { x[RD] = i32(RS1) < i32(RS2); NEXT(); }
  CASE(sltu) { x[RD] = RS1 < RS2; NEXT(); }
  CASE(xor_) { x[RD] = RS1 ^ RS2; NEXT(); }
  CASE(srl) { x[RD] = RS1 >> (RS2 & 31); NEXT(); }
  CASE(sra) { x[RD] = u32(i32(RS1) >> (RS2 & 31)); NEXT(); }
  CASE(or_) { x[RD] = RS1 | RS2; NEXT(); }
  CASE(and_) { x[RD] = RS1 & RS2; NEXT(); }
  CASE(mul) { x[RD] = RS1 * RS2; NEXT(); }
  CASE(mulh) { x[RD] = u32(u64(i64(i32(RS1)) * i64(i32(RS2))) >> 32); NEXT(); }
  CASE(mulhsu) { x[RD] = u32(u64(i64(i32(RS1)) * i64(u64(RS2))) >> 32); NEXT(); }
  CASE(mulhu) { x[RD] = u32((u64(RS1) * u64(RS2)) >> 32); NEXT(); }
  CASE(div) { x[RD] = div_signed(RS1, RS2); NEXT(); }
  CASE(divu) { x[RD] = RS2 ? RS1 / RS2 : ~0u; NEXT(); }
  CASE(rem) { x[RD] = rem_signed(RS1, RS2); NEXT(); }
  CASE(remu) { x[RD] = RS2 ? RS1 % RS2 : RS1; NEXT(); }
  // The decoder cache is coherent with every store, so fence.i has nothing
  // left to do; fence orders nothing on a single hart.
  CASE(fence) { NEXT(); }
  CASE(fence_i) { NEXT(); }
  CASE(csr_read) {
    x[RD] = read_counter(m, u32(IMM), m.hart.instret + (budget - left - 1));
    NEXT();
  }
  ATOMIC(lr_w)
  ATOMIC(sc_w)
  ATOMIC(amoswap)
  ATOMIC(amoadd)
  ATOMIC(amoxor)
  ATOMIC(amoand)
  ATOMIC(amoor)
  ATOMIC(amomin)
  ATOMIC(amomax)
  ATOMIC(amominu)
  ATOMIC(amomaxu)
  CASE(ecall) {
    ++left;  // ecall and ebreak raise exceptions: they do not retire
    trap = Trap{TrapKind::ecall, Access::load, PC(), 0, 0};
    goto stop;
  }
  CASE(ebreak) {
    ++left;
    trap = Trap{TrapKind::ebreak, Access::load, PC(), 0, 0};
    goto stop;
  }
  CASE(illegal) {
    ++left;
    trap = Trap{TrapKind::illegal_instruction, Access::fetch, PC(), 0, u32(IMM)};
    trap.addr = trap.pc;
    goto stop;
  }
  CASE(page_end) {
    ++left;  // the sentinel is not an instruction
    pc = vbase + kPageSize;
    goto refetch;
  }
#if !FORKLAB_MACHINE_THREADED
    default: __builtin_unreachable();
  }
#endif

far_jump:
  if (jump_target & 3) {  // no C extension: IALIGN is 32
    ++left;
    trap = Trap{TrapKind::misaligned, Access::fetch, PC(), jump_target, 0};
    goto stop;
  }
  x[jump_rd] = jump_link;
  pc = jump_target;
  goto refetch;

code_changed:  // a store hit decoded code: continue from freshly decoded text
  pc = PC() + 4;
  goto refetch;

mem_fault:
  ++left;
  trap = m.fault;
  trap.pc = PC();
  goto stop;

out_of_budget:
  trap = Trap{TrapKind::budget_exhausted, Access::load, PC(), 0, 0};

stop:
  std::memcpy(m.hart.x.data(), x, 32 * sizeof(u32));
  m.hart.x[0] = 0;
  m.hart.pc = trap.pc;
  m.hart.instret += budget - left;
  return trap;

#undef CASE
#undef DISPATCH
#undef NEXT
#undef PC
#undef RD
#undef RS1
#undef RS2
#undef IMM
#undef JUMP
#undef BRANCH
#undef LOAD
#undef STORE
#undef ATOMIC
}

}  // namespace

Trap run(Machine& m, u64 budget) {
  for (;;) {
    u64 slice = budget < kRunSliceInsns ? budget : kRunSliceInsns;
    u64 before = m.hart.instret;
    Trap t = run_slice(m, slice);
    budget -= m.hart.instret - before;
    if (t.kind != TrapKind::budget_exhausted || budget == 0) return t;
  }
}

}  // namespace forklab::machine
