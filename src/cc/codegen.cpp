// RV32IMA code generation as a stack machine: every expression leaves its
// value in a0 (a0:a1 for 8-byte values: long long, double), intermediate
// values are pushed on the stack. Aggregates are handled by address.
// Floating point goes through the libgcc soft-float helpers (__adddf3, ...),
// as the ilp32 soft-float ABI expects; no F/D instructions are emitted.
//
// Frame layout (s0 = frame pointer = sp at entry):
//   s0 + 0 ...          incoming stack arguments
//   s0 - 32 .. s0       a0..a7 saved here by variadic functions (va_list area)
//   s0 - VA - 4         saved ra
//   s0 - VA - 8         saved s0
//   below               locals, then temporaries
#include "cc/codegen.h"

#include <cstring>
#include <functional>
#include <unordered_map>

#include "base/bytes.h"
#include "cc/debuginfo.h"

namespace forklab::cc {
namespace {

// Registers.
enum Reg : u32 {
  ZERO = 0, RA = 1, SP = 2, GP = 3, TP = 4, T0 = 5, T1 = 6, T2 = 7, S0 = 8, S1 = 9,
  A0 = 10, A1 = 11, A2 = 12, A3 = 13, A4 = 14, A5 = 15, A6 = 16, A7 = 17,
  T3 = 28, T4 = 29, T5 = 30, T6 = 31,
};

bool fits12(i64 v) { return v >= -2048 && v <= 2047; }

// Where one word of an argument goes: a register a0..a7 or a stack offset.
struct ArgSlot {
  bool in_reg = false;
  int reg = 0;
  int stack_off = 0;
};

// An argument as the calling convention sees it: 1 or 2 words, or a
// reference to a copy (aggregates larger than 8 bytes).
struct ArgShape {
  int words = 1;
  bool align8 = false;  // 2*XLEN-aligned: even register pair when variadic
  bool by_ref = false;
};

class Codegen {
 public:
  Codegen(Diagnostics& d, Ast& a, const CodegenOptions& o, ObjectFile& out) : diags_(d), ast_(a), opts_(o), obj_(out) {}
  bool run();

 private:
  Diagnostics& diags_;
  Ast& ast_;
  const CodegenOptions& opts_;
  ObjectFile& obj_;
  int text_ = 0, data_ = 0, rodata_ = 0, bss_ = 0;
  int text_sym_ = 0;
  std::unordered_map<std::string, int> syms_;
  std::vector<u8>* code_ = nullptr;
  bool failed_ = false;

  // per function
  Obj* fn_ = nullptr;
  int depth_ = 0;  // bytes pushed on the stack by the expression evaluator
  int frame_locals_ = 0;  // bytes of locals and temporaries below the save area
  int va_size_ = 0;
  int ret_ptr_off_ = 0;  // hidden struct-return pointer slot
  int va_start_off_ = 0;
  std::vector<int> label_pos_;
  struct Fixup {
    u32 pos;
    int label;
    int kind;  // 0: jal, 1: auipc+addi pair
  };
  std::vector<Fixup> fixups_;
  int return_label_ = -1;
  u32 frame_patch_ = 0;

  DebugInfo dbg_;
  int dbg_func_ = -1;
  std::unordered_map<const Type*, int> dbg_types_;
  int last_line_ = -1, last_file_ = -1;

  void error(SourceLoc loc, const std::string& msg) {
    if (!failed_) diags_.error(loc, msg);
    failed_ = true;
  }

  // ---- instruction encoding (RISC-V unprivileged spec, chapter 2) ----
  u32 pc() const { return u32(code_->size()); }
  void emit(u32 insn) {
    size_t n = code_->size();
    code_->resize(n + 4);
    store_le32(code_->data() + n, insn);
  }
  static u32 r_type(u32 f7, u32 rs2, u32 rs1, u32 f3, u32 rd, u32 op) {
    return f7 << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | rd << 7 | op;
  }
  static u32 i_type(i32 imm, u32 rs1, u32 f3, u32 rd, u32 op) {
    return (u32(imm) & 0xfff) << 20 | rs1 << 15 | f3 << 12 | rd << 7 | op;
  }
  static u32 s_type(i32 imm, u32 rs2, u32 rs1, u32 f3, u32 op) {
    u32 u = u32(imm);
    return ((u >> 5) & 0x7f) << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | (u & 0x1f) << 7 | op;
  }
  static u32 b_type(i32 imm, u32 rs2, u32 rs1, u32 f3) {
    u32 u = u32(imm);
    return ((u >> 12) & 1) << 31 | ((u >> 5) & 0x3f) << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 |
           ((u >> 1) & 0xf) << 8 | ((u >> 11) & 1) << 7 | 0x63;
  }
  static u32 j_type(i32 imm, u32 rd) {
    u32 u = u32(imm);
    return ((u >> 20) & 1) << 31 | ((u >> 1) & 0x3ff) << 21 | ((u >> 11) & 1) << 20 | ((u >> 12) & 0xff) << 12 |
           rd << 7 | 0x6f;
  }
  void add(u32 rd, u32 a, u32 b) { emit(r_type(0, b, a, 0, rd, 0x33)); }
  void sub(u32 rd, u32 a, u32 b) { emit(r_type(0x20, b, a, 0, rd, 0x33)); }
  void sll(u32 rd, u32 a, u32 b) { emit(r_type(0, b, a, 1, rd, 0x33)); }
  void slt(u32 rd, u32 a, u32 b) { emit(r_type(0, b, a, 2, rd, 0x33)); }
  void sltu(u32 rd, u32 a, u32 b) { emit(r_type(0, b, a, 3, rd, 0x33)); }
  void xor_(u32 rd, u32 a, u32 b) { emit(r_type(0, b, a, 4, rd, 0x33)); }
  void srl(u32 rd, u32 a, u32 b) { emit(r_type(0, b, a, 5, rd, 0x33)); }
  void sra(u32 rd, u32 a, u32 b) { emit(r_type(0x20, b, a, 5, rd, 0x33)); }
  void or_(u32 rd, u32 a, u32 b) { emit(r_type(0, b, a, 6, rd, 0x33)); }
  void and_(u32 rd, u32 a, u32 b) { emit(r_type(0, b, a, 7, rd, 0x33)); }
  void mul(u32 rd, u32 a, u32 b) { emit(r_type(1, b, a, 0, rd, 0x33)); }
  void mulhu(u32 rd, u32 a, u32 b) { emit(r_type(1, b, a, 3, rd, 0x33)); }
  void div(u32 rd, u32 a, u32 b) { emit(r_type(1, b, a, 4, rd, 0x33)); }
  void divu(u32 rd, u32 a, u32 b) { emit(r_type(1, b, a, 5, rd, 0x33)); }
  void rem(u32 rd, u32 a, u32 b) { emit(r_type(1, b, a, 6, rd, 0x33)); }
  void remu(u32 rd, u32 a, u32 b) { emit(r_type(1, b, a, 7, rd, 0x33)); }
  void addi(u32 rd, u32 rs, i32 imm) { emit(i_type(imm, rs, 0, rd, 0x13)); }
  void slti(u32 rd, u32 rs, i32 imm) { emit(i_type(imm, rs, 2, rd, 0x13)); }
  void sltiu(u32 rd, u32 rs, i32 imm) { emit(i_type(imm, rs, 3, rd, 0x13)); }
  void xori(u32 rd, u32 rs, i32 imm) { emit(i_type(imm, rs, 4, rd, 0x13)); }
  void ori(u32 rd, u32 rs, i32 imm) { emit(i_type(imm, rs, 6, rd, 0x13)); }
  void andi(u32 rd, u32 rs, i32 imm) { emit(i_type(imm, rs, 7, rd, 0x13)); }
  void slli(u32 rd, u32 rs, int sh) { emit(i_type(sh, rs, 1, rd, 0x13)); }
  void srli(u32 rd, u32 rs, int sh) { emit(i_type(sh, rs, 5, rd, 0x13)); }
  void srai(u32 rd, u32 rs, int sh) { emit(i_type(0x400 | sh, rs, 5, rd, 0x13)); }
  void lui(u32 rd, u32 imm20) { emit((imm20 & 0xfffff) << 12 | rd << 7 | 0x37); }
  void auipc(u32 rd, u32 imm20) { emit((imm20 & 0xfffff) << 12 | rd << 7 | 0x17); }
  void jalr(u32 rd, u32 rs, i32 imm) { emit(i_type(imm, rs, 0, rd, 0x67)); }
  void load(u32 rd, u32 rs, i32 off, u32 f3) { emit(i_type(off, rs, f3, rd, 0x03)); }
  void store(u32 rs2, u32 rs1, i32 off, u32 f3) { emit(s_type(off, rs2, rs1, f3, 0x23)); }
  void lw(u32 rd, u32 rs, i32 off) { load(rd, rs, off, 2); }
  void sw(u32 rs2, u32 rs1, i32 off) { store(rs2, rs1, off, 2); }
  void mv(u32 rd, u32 rs) { addi(rd, rs, 0); }
  void seqz(u32 rd, u32 rs) { sltiu(rd, rs, 1); }
  void snez(u32 rd, u32 rs) { sltu(rd, ZERO, rs); }
  void li(u32 rd, i32 v) {
    if (fits12(v)) {
      addi(rd, ZERO, v);
      return;
    }
    u32 hi = (u32(v) + 0x800) >> 12;
    lui(rd, hi);
    i32 lo = i32(u32(v) - (hi << 12));
    if (lo) addi(rd, rd, lo);
  }
  // rd = base + off, for any offset.
  void addr_off(u32 rd, u32 base, i32 off) {
    if (fits12(off)) {
      addi(rd, base, off);
    } else {
      li(T6, off);
      add(rd, base, T6);
    }
  }
  // A load/store whose offset may not fit in 12 bits.
  void load_off(u32 rd, u32 base, i32 off, u32 f3) {
    if (fits12(off)) return load(rd, base, off, f3);
    addr_off(T6, base, off);
    load(rd, T6, 0, f3);
  }
  void store_off(u32 rs, u32 base, i32 off, u32 f3) {
    if (fits12(off)) return store(rs, base, off, f3);
    addr_off(T6, base, off);
    store(rs, T6, 0, f3);
  }

  // ---- labels: all intra-function jumps are jal (±1 MiB) ----
  int new_label() {
    label_pos_.push_back(-1);
    return int(label_pos_.size()) - 1;
  }
  void bind(int label) {
    label_pos_[label] = int(pc());
    pushed_at_ = ~0u;  // a jump may land here: the push before must stay
  }
  void jump(int label) {
    fixups_.push_back({pc(), label, 0});
    emit(j_type(0, ZERO));
  }
  // Branch to `label` if reg == 0 (or != 0): an inverted short branch over a jal.
  void branch_zero(u32 reg, int label) {
    emit(b_type(8, ZERO, reg, 1));  // bne reg, zero, +8
    jump(label);
  }
  void branch_nonzero(u32 reg, int label) {
    emit(b_type(8, ZERO, reg, 0));  // beq reg, zero, +8
    jump(label);
  }
  void resolve_fixups() {
    for (const Fixup& f : fixups_) {
      int target = label_pos_[f.label];
      if (target < 0) {
        error(fn_->loc, "internal error: unbound label");
        return;
      }
      i32 delta = target - i32(f.pos);
      u8* p = code_->data() + f.pos;
      if (f.kind == 0) {
        if (delta < -(1 << 20) || delta >= (1 << 20)) {
          error(fn_->loc, "function too large");
          return;
        }
        store_le32(p, j_type(delta, load_le32(p) >> 7 & 0x1f));
      } else {
        u32 hi = (u32(delta) + 0x800) >> 12;
        i32 lo = i32(u32(delta) - (hi << 12));
        store_le32(p, (hi & 0xfffff) << 12 | (load_le32(p) & 0xfff));
        store_le32(p + 4, (load_le32(p + 4) & 0xfffff) | (u32(lo) & 0xfff) << 20);
      }
    }
    fixups_.clear();
  }

  // ---- symbols and relocations ----
  int symbol(const std::string& name) {
    auto it = syms_.find(name);
    if (it != syms_.end()) return it->second;
    ObjSymbol s;
    s.name = name;
    s.bind = STB_GLOBAL;
    s.section = ObjSymbol::kUndef;
    obj_.symbols.push_back(s);
    syms_[name] = int(obj_.symbols.size()) - 1;
    return syms_[name];
  }
  void reloc(u32 type, int sym, i32 addend = 0) { obj_.relocs.push_back({text_, pc(), type, sym, addend}); }
  // a0 = &symbol (absolute addressing: lui + addi, R_RISCV_HI20/LO12_I)
  void load_address(u32 rd, const std::string& label) {
    int s = symbol(label);
    reloc(R_RISCV_HI20, s);
    lui(rd, 0);
    reloc(R_RISCV_LO12_I, s);
    addi(rd, rd, 0);
  }
  void call(const std::string& name) {
    reloc(R_RISCV_CALL_PLT, symbol(name));
    auipc(RA, 0);
    jalr(RA, RA, 0);
  }

  // ---- the evaluation stack ----
  // A pop right after its push (nothing emitted or bound in between, as
  // for a call's only argument) becomes a register move.
  u32 pushed_at_ = ~0u;  // pc just after the last push
  u32 pushed_reg_ = 0;
  const void* pushed_code_ = nullptr;
  void push(u32 reg = A0) {
    addi(SP, SP, -4);
    sw(reg, SP, 0);
    depth_ += 4;
    pushed_at_ = pc();
    pushed_reg_ = reg;
    pushed_code_ = code_;
  }
  void pop(u32 reg) {
    depth_ -= 4;
    if (pushed_at_ == pc() && pushed_code_ == code_) {
      code_->resize(code_->size() - 8);
      pushed_at_ = ~0u;
      if (reg != pushed_reg_) mv(reg, pushed_reg_);
      return;
    }
    lw(reg, SP, 0);
    addi(SP, SP, 4);
  }
  void push64() {
    addi(SP, SP, -8);
    sw(A0, SP, 0);
    sw(A1, SP, 4);
    depth_ += 8;
  }
  void pop64(u32 lo, u32 hi) {
    lw(lo, SP, 0);
    lw(hi, SP, 4);
    addi(SP, SP, 8);
    depth_ -= 8;
  }
  // Calls a runtime helper with the stack 16-byte aligned, as the psABI requires.
  void call_helper(const std::string& name) {
    int pad = (16 - depth_ % 16) % 16;
    if (pad) addi(SP, SP, -pad);
    call(name);
    if (pad) addi(SP, SP, pad);
  }

  int alloc_temp(int size, int align) {
    if (align < 4) align = 4;
    frame_locals_ += (size + 3) & ~3;
    frame_locals_ = (frame_locals_ + align - 1) / align * align;
    return -(16 + va_size_ + frame_locals_);
  }

  // ---- types ----
  static bool is_wide(const Type* t) { return (is_integer(t) && t->size == 8) || t->kind == TypeKind::Double; }
  static bool is_struct(const Type* t) { return t->kind == TypeKind::Struct || t->kind == TypeKind::Union; }

  void load_value(const Type* ty);
  void store_value(const Type* ty, SourceLoc loc);

  // ---- simple operands (a little register use over the stack machine) ----
  // A "simple" operand loads into any one register with no side effects and
  // without touching a0/a1 or the evaluation stack: an integer or pointer
  // constant, or a scalar variable of at most 4 bytes. Binary operators and
  // assignments use them to skip a push/pop pair.
  static bool is_scalar32(const Type* t) {
    return (is_integer(t) || t->kind == TypeKind::Ptr) && t->size <= 4;
  }
  static bool simple(const Node* n) {
    if (n->kind == NodeKind::Num) return is_scalar32(n->ty);
    if (n->kind == NodeKind::Var) return is_scalar32(n->ty) && !n->var->ty->vla_len;
    // *p for a scalar variable p: two loads into the same register.
    if (n->kind == NodeKind::Deref) return is_scalar32(n->ty) && n->lhs->kind == NodeKind::Var && simple(n->lhs);
    return false;
  }
  static u32 load_f3(const Type* ty) {
    if (ty->size == 4) return 2;
    if (ty->size == 2) return ty->is_unsigned ? 5 : 1;
    return ty->is_unsigned ? 4 : 0;
  }
  static u32 store_f3(int size) { return size >= 4 ? 2 : size == 2 ? 1 : 0; }  // 8: the low word
  void gen_simple(const Node* n, u32 rd) {
    if (n->kind == NodeKind::Num) return li(rd, i32(u32(u64(n->val))));
    if (n->kind == NodeKind::Deref) {
      gen_simple(n->lhs, rd);
      return load(rd, rd, 0, load_f3(n->ty));
    }
    if (n->var->is_local) return load_off(rd, S0, n->var->offset, load_f3(n->ty));
    load_address(rd, n->var->label);
    load(rd, rd, 0, load_f3(n->ty));
  }
  // Integer binary operation with a constant right operand, as one
  // immediate instruction where there is one. Returns false otherwise.
  bool gen_binary_imm(Node* n, i64 v, bool u);
  // a0 = lhs, rhs in the returned register (t0, or zero for a constant 0).
  u32 gen_operands(Node* n);
  // Jumps to `label` when the condition's truth equals `when`; comparisons
  // of 32-bit operands become one compare-and-branch (over a jal).
  void gen_cond_jump(Node* c, int label, bool when);
  void copy_bytes(u32 dst, u32 src, int size, int align);
  void cast(const Type* from, const Type* to);
  void truncate_int(const Type* to);
  void to_bool(const Type* ty);

  // ---- generation ----
  void gen_addr(Node* n);
  void gen_expr(Node* n);
  void gen_stmt(Node* n);
  void gen_binary(Node* n);
  void gen_float_binary(Node* n);
  void gen_wide_binary(Node* n);
  void gen_funcall(Node* n);
  void gen_bitfield_load(Member* m);
  void gen_bitfield_store(Member* m);
  void gen_function(Obj* fn);
  void gen_globals();
  std::vector<ArgSlot> assign_args(const std::vector<ArgShape>& shapes, size_t named, int* stack_bytes, int* next_reg);
  ArgShape shape_of(const Type* ty);

  // debug info
  void debug_line(SourceLoc loc);
  int debug_type(const Type* ty);
  void debug_scope(Node* block, u32 lo, u32 hi);
};

// ---- loads, stores, conversions ----

// a0 holds an address; replace it with the value of type `ty` there.
void Codegen::load_value(const Type* ty) {
  switch (ty->kind) {
    case TypeKind::Array: case TypeKind::Struct: case TypeKind::Union: case TypeKind::Func: return;
    default: break;
  }
  if (ty->size == 8) {
    lw(A1, A0, 4);
    lw(A0, A0, 0);
    return;
  }
  if (ty->size == 4) return lw(A0, A0, 0);
  if (ty->size == 2) return load(A0, A0, 0, ty->is_unsigned ? 5 : 1);
  return load(A0, A0, 0, ty->is_unsigned ? 4 : 0);  // lbu for char (unsigned) and _Bool, lb for signed char
}

// The address is on the stack, the value in a0 (a0:a1); store, keep the value.
void Codegen::store_value(const Type* ty, SourceLoc loc) {
  pop(T0);
  if (is_struct(ty) || ty->kind == TypeKind::Array) {
    copy_bytes(T0, A0, ty->size, ty->align);
    mv(A0, T0);
    return;
  }
  if (ty->size == 8) {
    sw(A0, T0, 0);
    sw(A1, T0, 4);
  } else if (ty->size == 4) {
    sw(A0, T0, 0);
  } else if (ty->size == 2) {
    store(A0, T0, 0, 1);
  } else {
    store(A0, T0, 0, 0);
  }
}

// memcpy(dst, src, size) with registers t1..t4; dst and src are preserved.
void Codegen::copy_bytes(u32 dst, u32 src, int size, int align) {
  bool words = align >= 4 && size % 4 == 0;
  int step = words ? 4 : 1;
  if (size <= 64) {
    for (int i = 0; i < size; i += step) {
      if (words) {
        lw(T1, src, i);
        sw(T1, dst, i);
      } else {
        load(T1, src, i, 4);
        store(T1, dst, i, 0);
      }
    }
    return;
  }
  // Loop: t2 = src cursor, t3 = dst cursor, t4 = end of src.
  mv(T2, src);
  mv(T3, dst);
  li(T4, size);
  add(T4, T4, src);
  u32 top = pc();
  if (words) {
    lw(T1, T2, 0);
    sw(T1, T3, 0);
  } else {
    load(T1, T2, 0, 4);
    store(T1, T3, 0, 0);
  }
  addi(T2, T2, step);
  addi(T3, T3, step);
  emit(b_type(i32(top) - i32(pc()), T4, T2, 4));  // blt t2, t4, top
}

// Narrows a 32-bit value in a0 to `to` (char, short, _Bool) in place.
void Codegen::truncate_int(const Type* to) {
  if (to->kind == TypeKind::Bool) return snez(A0, A0);
  if (to->size == 1) {
    if (to->is_unsigned) return andi(A0, A0, 0xff);
    slli(A0, A0, 24);
    return srai(A0, A0, 24);
  }
  if (to->size == 2) {
    slli(A0, A0, 16);
    if (to->is_unsigned) return srli(A0, A0, 16);
    return srai(A0, A0, 16);
  }
}

// Turns a scalar in a0 (a0:a1) into 0 or 1 in a0.
void Codegen::to_bool(const Type* ty) {
  if (ty->kind == TypeKind::Double) {
    li(A2, 0);
    li(A3, 0);
    call_helper("__nedf2");
    snez(A0, A0);
    return;
  }
  if (ty->kind == TypeKind::Float) {
    li(A1, 0);
    call_helper("__nesf2");
    snez(A0, A0);
    return;
  }
  if (ty->size == 8) or_(A0, A0, A1);
  snez(A0, A0);
}

// Converts the value in a0 (a0:a1) from `from` to `to` (C11 6.3).
void Codegen::cast(const Type* from, const Type* to) {
  if (to->kind == TypeKind::Void) return;
  if (to->kind == TypeKind::Bool) return to_bool(from);
  bool fi = is_integer(from) || from->kind == TypeKind::Ptr;
  bool ti = is_integer(to) || to->kind == TypeKind::Ptr;
  if (!fi && !is_flonum(from)) return;  // aggregates: nothing to do
  if (fi && ti) {
    if (from->size == 8 && to->size == 8) return;
    if (to->size == 8) {  // widen 32 -> 64
      if (from->is_unsigned) li(A1, 0);
      else srai(A1, A0, 31);
      return;
    }
    if (to->size < 4) truncate_int(to);
    return;
  }
  const char* fn = nullptr;
  if (fi && is_flonum(to)) {
    bool d = to->kind == TypeKind::Double;
    if (from->size == 8) fn = from->is_unsigned ? (d ? "__floatundidf" : "__floatundisf") : (d ? "__floatdidf" : "__floatdisf");
    else fn = from->is_unsigned ? (d ? "__floatunsidf" : "__floatunsisf") : (d ? "__floatsidf" : "__floatsisf");
    call_helper(fn);
    return;
  }
  if (is_flonum(from) && ti) {
    bool d = from->kind == TypeKind::Double;
    if (to->size == 8) fn = to->is_unsigned ? (d ? "__fixunsdfdi" : "__fixunssfdi") : (d ? "__fixdfdi" : "__fixsfdi");
    else fn = to->is_unsigned ? (d ? "__fixunsdfsi" : "__fixunssfsi") : (d ? "__fixdfsi" : "__fixsfsi");
    call_helper(fn);
    if (to->size < 4) truncate_int(to);
    return;
  }
  if (from->kind == to->kind) return;
  call_helper(from->kind == TypeKind::Float ? "__extendsfdf2" : "__truncdfsf2");
}

// ---- bit-fields: a0 holds the address of the storage unit ----

void Codegen::gen_bitfield_load(Member* m) {
  load(A0, A0, 0, m->ty->size == 4 ? 2 : m->ty->size == 2 ? 5 : 4);
  int left = 32 - m->bit_offset - m->bit_width;
  if (left) slli(A0, A0, left);
  int right = 32 - m->bit_width;
  if (right) {
    if (m->ty->is_unsigned || m->ty->kind == TypeKind::Bool) srli(A0, A0, right);
    else srai(A0, A0, right);
  }
}

// The unit address is on the stack, the new value in a0.
void Codegen::gen_bitfield_store(Member* m) {
  pop(T0);
  u32 f3l = m->ty->size == 4 ? 2 : m->ty->size == 2 ? 5 : 4;
  u32 f3s = m->ty->size == 4 ? 2 : m->ty->size == 2 ? 1 : 0;
  load(T1, T0, 0, f3l);
  u32 mask = (m->bit_width == 32 ? 0xffffffffu : ((1u << m->bit_width) - 1)) << m->bit_offset;
  li(T2, i32(mask));
  slli(T3, A0, m->bit_offset);
  and_(T3, T3, T2);
  xori(T2, T2, -1);
  and_(T1, T1, T2);
  or_(T1, T1, T3);
  store(T1, T0, 0, f3s);
  // The value of the assignment is the stored field.
  int left = 32 - m->bit_width;
  if (left) {
    slli(A0, A0, left);
    if (m->ty->is_unsigned || m->ty->kind == TypeKind::Bool) srli(A0, A0, left);
    else srai(A0, A0, left);
  }
}

// ---- expressions ----

void Codegen::gen_addr(Node* n) {
  switch (n->kind) {
    case NodeKind::Var:
      if (n->var->is_local) {
        if (n->var->ty->vla_len) load_off(A0, S0, n->var->offset, 2);  // the slot holds the storage address
        else addr_off(A0, S0, n->var->offset);
      } else {
        load_address(A0, n->var->label);
      }
      return;
    case NodeKind::Deref: gen_expr(n->lhs); return;
    case NodeKind::Comma:
      gen_expr(n->lhs);
      gen_addr(n->rhs);
      return;
    case NodeKind::Member:
      gen_addr(n->lhs);
      if (n->member->offset) addr_off(A0, A0, n->member->offset);
      return;
    case NodeKind::FunCall:
    case NodeKind::Assign:
    case NodeKind::Cond:
    case NodeKind::StmtExpr:
      if (is_struct(n->ty)) {
        gen_expr(n);
        return;
      }
      break;
    default: break;
  }
  error(n->loc, "expression is not addressable");
}

void Codegen::gen_float_binary(Node* n) {
  bool d = n->lhs->ty->kind == TypeKind::Double;
  gen_expr(n->rhs);
  if (d) push64();
  else push();
  gen_expr(n->lhs);
  if (d) pop64(A2, A3);
  else pop(A1);
  const char* sfx = d ? "df" : "sf";
  std::string op;
  switch (n->kind) {
    case NodeKind::Add: op = "add"; break;
    case NodeKind::Sub: op = "sub"; break;
    case NodeKind::Mul: op = "mul"; break;
    case NodeKind::Div: op = "div"; break;
    case NodeKind::Eq: call_helper(std::string("__eq") + sfx + "2"); seqz(A0, A0); return;
    case NodeKind::Ne: call_helper(std::string("__ne") + sfx + "2"); snez(A0, A0); return;
    case NodeKind::Lt: call_helper(std::string("__lt") + sfx + "2"); slti(A0, A0, 0); return;
    case NodeKind::Le: call_helper(std::string("__le") + sfx + "2"); slti(A0, A0, 1); return;
    default: error(n->loc, "invalid floating-point operation"); return;
  }
  call_helper("__" + op + sfx + "3");
}

// 64-bit integer operations: lhs in a0:a1, rhs in t0:t1 (a2:a3 for helpers).
void Codegen::gen_wide_binary(Node* n) {
  bool shift = n->kind == NodeKind::Shl || n->kind == NodeKind::Shr;
  gen_expr(n->rhs);
  if (shift) push();
  else push64();
  gen_expr(n->lhs);
  bool u = n->lhs->ty->is_unsigned;
  if (shift) {
    pop(A2);
    call_helper(n->kind == NodeKind::Shl ? "__ashldi3" : u ? "__lshrdi3" : "__ashrdi3");
    return;
  }
  pop64(T0, T1);
  switch (n->kind) {
    case NodeKind::Add:
      add(A0, A0, T0);
      sltu(T2, A0, T0);
      add(A1, A1, T1);
      add(A1, A1, T2);
      return;
    case NodeKind::Sub:
      sltu(T2, A0, T0);
      sub(A0, A0, T0);
      sub(A1, A1, T1);
      sub(A1, A1, T2);
      return;
    case NodeKind::Mul:
      // (a1:a0) * (t1:t0) mod 2^64 = a0*t0 + ((a0*t1 + a1*t0) << 32)
      mul(T2, A0, T1);
      mul(T3, A1, T0);
      add(T2, T2, T3);
      mulhu(T3, A0, T0);
      add(A1, T2, T3);
      mul(A0, A0, T0);
      return;
    case NodeKind::Div:
    case NodeKind::Mod:
      mv(A2, T0);
      mv(A3, T1);
      call_helper(n->kind == NodeKind::Div ? (u ? "__udivdi3" : "__divdi3") : (u ? "__umoddi3" : "__moddi3"));
      return;
    case NodeKind::BitAnd: and_(A0, A0, T0); and_(A1, A1, T1); return;
    case NodeKind::BitOr: or_(A0, A0, T0); or_(A1, A1, T1); return;
    case NodeKind::BitXor: xor_(A0, A0, T0); xor_(A1, A1, T1); return;
    case NodeKind::Eq:
    case NodeKind::Ne:
      xor_(A0, A0, T0);
      xor_(A1, A1, T1);
      or_(A0, A0, A1);
      if (n->kind == NodeKind::Eq) seqz(A0, A0);
      else snez(A0, A0);
      return;
    case NodeKind::Lt:
    case NodeKind::Le: {
      // lt(x, y): compare high words (signed or not), low words unsigned on a tie.
      bool le = n->kind == NodeKind::Le;
      u32 xl = le ? T0 : A0, xh = le ? T1 : A1, yl = le ? A0 : T0, yh = le ? A1 : T1;
      if (u) sltu(T2, xh, yh);
      else slt(T2, xh, yh);
      emit(b_type(8, yh, xh, 1));  // bne xh, yh, +8
      sltu(T2, xl, yl);
      mv(A0, T2);
      if (le) xori(A0, A0, 1);  // a <= b  is  !(b < a)
      return;
    }
    default: error(n->loc, "invalid 64-bit operation"); return;
  }
}

void Codegen::gen_binary(Node* n) {
  const Type* lt = n->lhs->ty;
  if (is_flonum(lt)) return gen_float_binary(n);
  if (is_wide(lt)) return gen_wide_binary(n);
  bool u = lt->is_unsigned;
  if (simple(n->rhs)) {
    gen_expr(n->lhs);
    if (n->rhs->kind == NodeKind::Num && gen_binary_imm(n, n->rhs->val, u)) {
      if (n->ty->size < 4 && is_integer(n->ty)) truncate_int(n->ty);
      return;
    }
    gen_simple(n->rhs, T0);
  } else if (simple(n->lhs)) {
    gen_expr(n->rhs);
    mv(T0, A0);
    gen_simple(n->lhs, A0);
  } else {
    gen_expr(n->rhs);
    push();
    gen_expr(n->lhs);
    pop(T0);
  }
  switch (n->kind) {
    case NodeKind::Add: add(A0, A0, T0); break;
    case NodeKind::Sub: sub(A0, A0, T0); break;
    case NodeKind::Mul: mul(A0, A0, T0); break;
    case NodeKind::Div: u ? divu(A0, A0, T0) : div(A0, A0, T0); break;
    case NodeKind::Mod: u ? remu(A0, A0, T0) : rem(A0, A0, T0); break;
    case NodeKind::BitAnd: and_(A0, A0, T0); break;
    case NodeKind::BitOr: or_(A0, A0, T0); break;
    case NodeKind::BitXor: xor_(A0, A0, T0); break;
    case NodeKind::Shl: sll(A0, A0, T0); break;
    case NodeKind::Shr: u ? srl(A0, A0, T0) : sra(A0, A0, T0); break;
    case NodeKind::Eq: xor_(A0, A0, T0); seqz(A0, A0); return;
    case NodeKind::Ne: xor_(A0, A0, T0); snez(A0, A0); return;
    case NodeKind::Lt: u ? sltu(A0, A0, T0) : slt(A0, A0, T0); return;
    case NodeKind::Le: u ? sltu(A0, T0, A0) : slt(A0, T0, A0); xori(A0, A0, 1); return;
    default: error(n->loc, "invalid binary operation"); return;
  }
  if (n->ty->size < 4 && is_integer(n->ty)) truncate_int(n->ty);
}

u32 Codegen::gen_operands(Node* n) {
  if (n->rhs->kind == NodeKind::Num && simple(n->rhs) && n->rhs->val == 0) {
    gen_expr(n->lhs);
    return ZERO;
  }
  if (simple(n->rhs)) {
    gen_expr(n->lhs);
    gen_simple(n->rhs, T0);
  } else if (simple(n->lhs)) {
    gen_expr(n->rhs);
    mv(T0, A0);
    gen_simple(n->lhs, A0);
  } else {
    gen_expr(n->rhs);
    push();
    gen_expr(n->lhs);
    pop(T0);
  }
  return T0;
}

void Codegen::gen_cond_jump(Node* c, int label, bool when) {
  bool cmp = c->kind == NodeKind::Lt || c->kind == NodeKind::Le || c->kind == NodeKind::Eq || c->kind == NodeKind::Ne;
  if (cmp && is_scalar32(c->lhs->ty) && is_scalar32(c->rhs->ty)) {
    u32 r = gen_operands(c);
    const Type* lt = c->lhs->ty;
    bool u = lt->is_unsigned || lt->kind == TypeKind::Ptr;
    // The branch that skips the jal when the jump must not happen: it tests
    // the opposite of (truth == when).
    u32 f3, rs1 = A0, rs2 = r;
    bool holds_skip = !when;  // skip the jump when the comparison holds?
    switch (c->kind) {
      case NodeKind::Eq: f3 = holds_skip ? 0 : 1; break;                 // beq / bne
      case NodeKind::Ne: f3 = holds_skip ? 1 : 0; break;                 // bne / beq
      case NodeKind::Lt: f3 = holds_skip ? (u ? 6 : 4) : (u ? 7 : 5); break;  // blt / bge
      default:  // Le: a <= b is b >= a
        rs1 = r;
        rs2 = A0;
        f3 = holds_skip ? (u ? 7 : 5) : (u ? 6 : 4);
        break;
    }
    emit(b_type(8, rs2, rs1, f3));
    jump(label);
    return;
  }
  gen_expr(c);
  if (!is_scalar32(c->ty)) to_bool(c->ty);  // 32-bit values: any nonzero is true
  if (when) branch_nonzero(A0, label);
  else branch_zero(A0, label);
}

bool Codegen::gen_binary_imm(Node* n, i64 v, bool u) {
  i32 w = i32(u32(u64(v)));
  switch (n->kind) {
    case NodeKind::Add: if (!fits12(w)) return false; addi(A0, A0, w); return true;
    case NodeKind::Sub: if (!fits12(-i64(w))) return false; addi(A0, A0, -w); return true;
    case NodeKind::BitAnd: if (!fits12(w)) return false; andi(A0, A0, w); return true;
    case NodeKind::BitOr: if (!fits12(w)) return false; ori(A0, A0, w); return true;
    case NodeKind::BitXor: if (!fits12(w)) return false; xori(A0, A0, w); return true;
    case NodeKind::Shl: if (w < 0 || w > 31) return false; slli(A0, A0, w); return true;
    case NodeKind::Mul:
      if (w <= 0 || (w & (w - 1))) return false;
      if (w > 1) slli(A0, A0, __builtin_ctz(u32(w)));
      return true;
    case NodeKind::Shr:
      if (w < 0 || w > 31) return false;
      if (u) srli(A0, A0, w);
      else srai(A0, A0, w);
      return true;
    case NodeKind::Eq:
    case NodeKind::Ne:
      if (!fits12(w)) return false;
      if (w) xori(A0, A0, w);
      if (n->kind == NodeKind::Eq) seqz(A0, A0);
      else snez(A0, A0);
      return true;
    case NodeKind::Lt:
      if (!fits12(w) || (u && w < 0)) return false;
      if (u) sltiu(A0, A0, w);
      else slti(A0, A0, w);
      return true;
    default: return false;
  }
}

ArgShape Codegen::shape_of(const Type* ty) {
  ArgShape s;
  if (is_struct(ty)) {
    if (ty->size > 8) {
      s.by_ref = true;
      return s;
    }
    s.words = ty->size > 4 ? 2 : 1;
    s.align8 = ty->align == 8;
    return s;
  }
  s.words = ty->size == 8 ? 2 : 1;
  s.align8 = ty->size == 8;
  return s;
}

// The integer calling convention (RISC-V psABI, "Integer Calling Convention"):
// words go to a0..a7 in order; a 2-word value may be split between a7 and
// the stack; variadic 2*XLEN-aligned values start at an even register; on
// the stack, such values are 8-byte aligned.
std::vector<ArgSlot> Codegen::assign_args(const std::vector<ArgShape>& shapes, size_t named, int* stack_bytes,
                                          int* next_reg) {
  std::vector<ArgSlot> slots;
  int reg = *next_reg, off = 0;
  for (size_t i = 0; i < shapes.size(); ++i) {
    const ArgShape& s = shapes[i];
    int words = s.by_ref ? 1 : s.words;
    if (words == 2 && s.align8 && i >= named && reg < 8 && reg % 2 == 1) ++reg;
    for (int w = 0; w < words; ++w) {
      ArgSlot slot;
      if (reg < 8) {
        slot.in_reg = true;
        slot.reg = reg++;
      } else {
        if (w == 0 && words == 2 && s.align8) off = (off + 7) & ~7;
        slot.stack_off = off;
        off += 4;
      }
      slots.push_back(slot);
    }
  }
  *stack_bytes = off;
  *next_reg = reg;
  return slots;
}

void Codegen::gen_funcall(Node* n) {
  Type* fty = n->func_ty;
  bool sret = is_struct(fty->ret) && fty->ret->size > 8;
  std::vector<ArgShape> shapes;
  if (sret) shapes.push_back(ArgShape{});
  for (Node* a : n->body) shapes.push_back(shape_of(a->ty));
  size_t named = (sret ? 1 : 0) + (fty->has_proto ? fty->params.size() : n->body.size());
  int stack_bytes = 0, next_reg = 0;
  std::vector<ArgSlot> slots = assign_args(shapes, named, &stack_bytes, &next_reg);
  int outgoing = (stack_bytes + 15) & ~15;
  // The stack must be 16-byte aligned at the call.
  int pad = (16 - (depth_ + outgoing) % 16) % 16;
  int reserve = outgoing + pad;
  if (reserve) addi(SP, SP, -reserve);
  depth_ += reserve;
  int base_depth = depth_;

  bool direct = n->lhs->kind == NodeKind::Addr && n->lhs->lhs->kind == NodeKind::Var && n->lhs->lhs->var->is_function;
  if (!direct) {
    gen_expr(n->lhs);
    push();
  }
  if (sret) {
    addr_off(A0, S0, n->ret_buffer->offset);
    push();
  }
  for (Node* a : n->body) {
    gen_expr(a);
    if (is_struct(a->ty)) {
      // Pass a copy: by reference when large, else its words.
      int tmp = alloc_temp(a->ty->size, a->ty->align < 4 ? 4 : a->ty->align);
      addr_off(T0, S0, tmp);
      copy_bytes(T0, A0, a->ty->size, a->ty->align);
      if (a->ty->size > 8) {
        mv(A0, T0);
        push();
      } else {
        lw(A0, T0, 0);
        push();
        if (a->ty->size > 4) {
          lw(A0, T0, 4);
          push();
        }
      }
    } else if (a->ty->size == 8) {
      push();  // low word first: it has the lower slot number
      mv(A0, A1);
      push();
    } else {
      push();
    }
  }
  // The pushed words, in order, are at sp + 4*(Wp-1-i); move them to place.
  // The last word, when it was just pushed from a0 and goes to a register,
  // is moved there directly instead (no store and reload).
  int W = int(slots.size());
  int Wp = W;
  if (W > 0 && slots[W - 1].in_reg && pushed_at_ == pc() && pushed_code_ == code_ && pushed_reg_ == A0) {
    code_->resize(code_->size() - 8);
    pushed_at_ = ~0u;
    depth_ -= 4;
    Wp = W - 1;
    if (slots[W - 1].reg != 0) mv(A0 + slots[W - 1].reg, A0);
  }
  for (int i = 0; i < Wp; ++i) {
    int from = 4 * (Wp - 1 - i);
    if (slots[i].in_reg) {
      lw(A0 + slots[i].reg, SP, from);
    } else {
      lw(T0, SP, from);
      store_off(T0, SP, 4 * Wp + (direct ? 0 : 4) + slots[i].stack_off, 2);
    }
  }
  if (!direct) lw(T5, SP, 4 * Wp);
  if (4 * Wp + (direct ? 0 : 4)) addi(SP, SP, 4 * Wp + (direct ? 0 : 4));
  depth_ -= 4 * Wp + (direct ? 0 : 4);
  if (depth_ != base_depth) error(n->loc, "internal error: stack imbalance");
  if (direct) call(n->lhs->lhs->var->label);
  else jalr(RA, T5, 0);
  if (reserve) addi(SP, SP, reserve);
  depth_ -= reserve;
  const Type* rt = fty->ret;
  if (is_struct(rt)) {
    addr_off(T0, S0, n->ret_buffer->offset);
    if (rt->size <= 8) {
      sw(A0, T0, 0);
      if (rt->size > 4) sw(A1, T0, 4);
    }
    mv(A0, T0);
    return;
  }
  // The callee returns small integers already extended (psABI), but be
  // exact for callers of K&R-style functions.
  if (is_integer(rt) && rt->size < 4) truncate_int(rt);
}

void Codegen::gen_expr(Node* n) {
  if (failed_) return;
  switch (n->kind) {
    case NodeKind::Null: return;
    case NodeKind::Num: {
      if (n->ty->kind == TypeKind::Float) {
        float f = float(n->fval);
        u32 bits;
        memcpy(&bits, &f, 4);
        li(A0, i32(bits));
        return;
      }
      if (n->ty->kind == TypeKind::Double) {
        u64 bits;
        memcpy(&bits, &n->fval, 8);
        li(A0, i32(u32(bits)));
        li(A1, i32(u32(bits >> 32)));
        return;
      }
      li(A0, i32(u32(u64(n->val))));
      if (n->ty->size == 8) li(A1, i32(u32(u64(n->val) >> 32)));
      return;
    }
    case NodeKind::Neg:
      gen_expr(n->lhs);
      if (n->ty->kind == TypeKind::Double) {
        lui(T0, 0x80000);
        xor_(A1, A1, T0);
      } else if (n->ty->kind == TypeKind::Float) {
        lui(T0, 0x80000);
        xor_(A0, A0, T0);
      } else if (n->ty->size == 8) {
        snez(T0, A0);
        sub(A1, ZERO, A1);
        sub(A1, A1, T0);
        sub(A0, ZERO, A0);
      } else {
        sub(A0, ZERO, A0);
      }
      return;
    case NodeKind::Var:
      if (simple(n)) return gen_simple(n, A0);
      [[fallthrough]];
    case NodeKind::Deref:
      if (n->kind == NodeKind::Deref) {
        if (simple(n)) return gen_simple(n, A0);
        gen_expr(n->lhs);
        load_value(n->ty);
        return;
      }
      [[fallthrough]];
    case NodeKind::Member:
      gen_addr(n);
      if (n->kind == NodeKind::Member && n->member->is_bitfield) return gen_bitfield_load(n->member);
      load_value(n->ty);
      return;
    case NodeKind::Addr:
      gen_addr(n->lhs);
      return;
    case NodeKind::Assign:
      if (n->lhs->kind == NodeKind::Member && n->lhs->member->is_bitfield) {
        gen_addr(n->lhs->lhs);
        if (n->lhs->member->offset) addr_off(A0, A0, n->lhs->member->offset);
        push();
        gen_expr(n->rhs);
        gen_bitfield_store(n->lhs->member);
        return;
      }
      if (!is_struct(n->ty) && n->ty->kind != TypeKind::Array && n->ty->size <= 8 &&
          ((n->lhs->kind == NodeKind::Var && !n->lhs->var->ty->vla_len) ||
           (n->lhs->kind == NodeKind::Deref && simple(n->lhs->lhs)))) {
        // A scalar stored straight to a variable or through a simple
        // pointer: no address on the stack.
        gen_expr(n->rhs);
        u32 base = T0;
        i32 off = 0;
        if (n->lhs->kind == NodeKind::Deref) {
          gen_simple(n->lhs->lhs, T0);
        } else if (n->lhs->var->is_local) {
          base = S0;
          off = n->lhs->var->offset;
        } else {
          load_address(T0, n->lhs->var->label);
        }
        store_off(A0, base, off, store_f3(n->ty->size));
        if (n->ty->size == 8) store_off(A1, base, off + 4, 2);
        return;
      }
      gen_addr(n->lhs);
      push();
      gen_expr(n->rhs);
      store_value(n->ty, n->loc);
      return;
    case NodeKind::StmtExpr: {
      u32 lo = pc();
      for (size_t i = 0; i < n->body.size(); ++i) {
        Node* s = n->body[i];
        if (i + 1 == n->body.size() && s->kind == NodeKind::ExprStmt) {
          debug_line(s->loc);
          gen_expr(s->lhs);
        } else {
          gen_stmt(s);
        }
      }
      debug_scope(n, lo, pc());
      return;
    }
    case NodeKind::Comma:
      gen_expr(n->lhs);
      gen_expr(n->rhs);
      return;
    case NodeKind::Cast:
      gen_expr(n->lhs);
      cast(n->lhs->ty, n->ty);
      return;
    case NodeKind::MemZero: {
      int size = (n->var->ty->size + 3) & ~3;
      if (size <= 64) {
        for (int i = 0; i < size; i += 4) store_off(ZERO, S0, n->var->offset + i, 2);
      } else {
        addr_off(T0, S0, n->var->offset);
        li(T1, size);
        add(T1, T1, T0);
        u32 top = pc();
        sw(ZERO, T0, 0);
        addi(T0, T0, 4);
        emit(b_type(i32(top) - i32(pc()), T1, T0, 4));  // blt t0, t1, top
      }
      return;
    }
    case NodeKind::Cond: {
      int els = new_label(), end = new_label();
      gen_cond_jump(n->cond, els, false);
      gen_expr(n->then);
      jump(end);
      bind(els);
      gen_expr(n->els);
      bind(end);
      return;
    }
    case NodeKind::Not:
      gen_expr(n->lhs);
      to_bool(n->lhs->ty);
      seqz(A0, A0);
      return;
    case NodeKind::BitNot:
      gen_expr(n->lhs);
      xori(A0, A0, -1);
      if (n->ty->size == 8) xori(A1, A1, -1);
      return;
    case NodeKind::LogAnd:
    case NodeKind::LogOr: {
      int done = new_label();
      bool is_and = n->kind == NodeKind::LogAnd;
      gen_expr(n->lhs);
      to_bool(n->lhs->ty);
      if (is_and) branch_zero(A0, done);
      else branch_nonzero(A0, done);
      gen_expr(n->rhs);
      to_bool(n->rhs->ty);
      bind(done);
      return;
    }
    case NodeKind::FunCall: return gen_funcall(n);
    case NodeKind::VaStart:
      gen_expr(n->lhs);
      addr_off(T0, S0, va_start_off_);
      sw(T0, A0, 0);
      return;
    case NodeKind::VaArg: {
      // a0 = &ap; result: the address of the argument; ap advances.
      const Type* ty = n->ty->base;
      gen_expr(n->lhs);
      lw(T1, A0, 0);
      bool by_ref = is_struct(ty) && ty->size > 8;
      if (!by_ref && ty->align == 8 && ty->size == 8) {
        addi(T1, T1, 7);
        andi(T1, T1, -8);
      }
      if (by_ref) {
        lw(T2, T1, 0);
        addi(T1, T1, 4);
      } else {
        mv(T2, T1);
        addi(T1, T1, (ty->size + 3) & ~3);
      }
      sw(T1, A0, 0);
      mv(A0, T2);
      return;
    }
    case NodeKind::Syscall: {
      if (n->val == -1) {
        emit(0x00100073);  // ebreak
        return;
      }
      for (Node* a : n->body) {
        gen_expr(a);
        push();
      }
      int k = int(n->body.size());
      for (int i = k - 1; i >= 0; --i) pop(i == 0 ? A7 : A0 + (i - 1));
      emit(0x00000073);  // ecall
      return;
    }
    case NodeKind::VlaAlloc:
      // a0 = size in bytes; carve it from the stack (16-byte aligned).
      gen_expr(n->lhs);
      addi(A0, A0, 15);
      andi(A0, A0, -16);
      sub(SP, SP, A0);
      store_off(SP, S0, n->var->offset, 2);
      return;
    case NodeKind::LabelVal: {
      fixups_.push_back({pc(), n->label_id, 1});
      auipc(A0, 0);
      addi(A0, A0, 0);
      return;
    }
    default: break;
  }
  switch (n->kind) {
    case NodeKind::Add: case NodeKind::Sub: case NodeKind::Mul: case NodeKind::Div: case NodeKind::Mod:
    case NodeKind::BitAnd: case NodeKind::BitOr: case NodeKind::BitXor: case NodeKind::Shl: case NodeKind::Shr:
    case NodeKind::Eq: case NodeKind::Ne: case NodeKind::Lt: case NodeKind::Le:
      return gen_binary(n);
    default: break;
  }
  error(n->loc, "invalid expression");
}

// ---- statements ----

void Codegen::gen_stmt(Node* n) {
  if (failed_ || !n) return;
  if (n->kind != NodeKind::Block && n->kind != NodeKind::Label && n->kind != NodeKind::Case) debug_line(n->loc);
  switch (n->kind) {
    case NodeKind::Block: {
      u32 lo = pc();
      // A block that allocates variable-length arrays gives the stack back
      // at its end (so a loop body does not grow the stack each time).
      int saved_sp = 0;
      if (n->val == 1 && depth_ == 0) {
        saved_sp = alloc_temp(4, 4);
        store_off(SP, S0, saved_sp, 2);
      }
      for (Node* s : n->body) gen_stmt(s);
      if (saved_sp) load_off(SP, S0, saved_sp, 2);
      debug_scope(n, lo, pc());
      return;
    }
    case NodeKind::ExprStmt:
      gen_expr(n->lhs);
      return;
    case NodeKind::Return:
      if (n->lhs) {
        gen_expr(n->lhs);
        const Type* rt = fn_->ty->ret;
        if (is_struct(rt)) {
          if (rt->size > 8) {
            lw(T0, S0, ret_ptr_off_);
            copy_bytes(T0, A0, rt->size, rt->align);
            mv(A0, T0);
          } else {
            if (rt->size > 4) lw(A1, A0, 4);
            lw(A0, A0, 0);
          }
        }
      }
      jump(return_label_);
      return;
    case NodeKind::If: {
      int els = new_label(), end = new_label();
      gen_cond_jump(n->cond, els, false);
      gen_stmt(n->then);
      jump(end);
      bind(els);
      if (n->els) gen_stmt(n->els);
      bind(end);
      return;
    }
    case NodeKind::For: {
      u32 lo = pc();
      int top = new_label();
      if (n->init) gen_stmt(n->init);
      bind(top);
      if (n->cond) {
        debug_line(n->cond->loc);
        gen_cond_jump(n->cond, n->brk_id, false);
      }
      gen_stmt(n->then);
      bind(n->cont_id);
      if (n->inc) {
        debug_line(n->inc->loc);
        gen_expr(n->inc);
      }
      jump(top);
      bind(n->brk_id);
      if (!n->body.empty()) debug_scope(n->body[0], lo, pc());
      return;
    }
    case NodeKind::Do: {
      int top = new_label();
      bind(top);
      gen_stmt(n->then);
      bind(n->cont_id);
      debug_line(n->cond->loc);
      gen_cond_jump(n->cond, top, true);
      bind(n->brk_id);
      return;
    }
    case NodeKind::Switch: {
      gen_expr(n->cond);
      bool wide = n->cond->ty->size == 8;
      for (Node* c : n->cases) {
        if (wide) {
          if (c->val != c->val_hi) {
            error(c->loc, "case ranges on 64-bit values are not supported");
            return;
          }
          li(T0, i32(u32(u64(c->val))));
          li(T1, i32(u32(u64(c->val) >> 32)));
          xor_(T0, A0, T0);
          xor_(T1, A1, T1);
          or_(T1, T0, T1);
          branch_zero(T1, c->label_id);
        } else if (c->val == c->val_hi) {
          li(T0, i32(c->val));
          xor_(T1, A0, T0);
          branch_zero(T1, c->label_id);
        } else {
          // lo <= x <= hi  as  (x - lo) <=u (hi - lo)
          li(T0, i32(c->val));
          sub(T1, A0, T0);
          li(T0, i32(c->val_hi - c->val));
          sltu(T1, T0, T1);
          branch_zero(T1, c->label_id);
        }
      }
      jump(n->default_case ? n->default_case->label_id : n->brk_id);
      gen_stmt(n->then);
      bind(n->brk_id);
      return;
    }
    case NodeKind::Case:
      bind(n->label_id);
      gen_stmt(n->lhs);
      return;
    case NodeKind::Goto:
      jump(n->label_id);
      return;
    case NodeKind::GotoExpr:
      gen_expr(n->lhs);
      jalr(ZERO, A0, 0);
      return;
    case NodeKind::Label:
      bind(n->label_id);
      gen_stmt(n->lhs);
      return;
    default:
      error(n->loc, "invalid statement");
  }
}

// ---- functions ----

void Codegen::gen_function(Obj* fn) {
  fn_ = fn;
  depth_ = 0;
  frame_locals_ = 0;
  va_size_ = fn->ty->is_variadic ? 32 : 0;
  label_pos_.assign(ast_.label_count, -1);
  fixups_.clear();
  return_label_ = new_label();
  last_line_ = last_file_ = -1;

  // Locals get their frame offsets (params first, as they are in `locals`).
  bool sret = is_struct(fn->ty->ret) && fn->ty->ret->size > 8;
  if (sret) ret_ptr_off_ = alloc_temp(4, 4);
  for (Obj* v : fn->locals) {
    int align = v->align > v->ty->align ? v->align : v->ty->align;
    v->offset = alloc_temp(v->ty->size, align);
  }

  // Symbol.
  int sym = symbol(fn->label);
  u32 start = pc();
  obj_.symbols[sym].section = text_;
  obj_.symbols[sym].value = start;
  obj_.symbols[sym].type = STT_FUNC;
  obj_.symbols[sym].bind = fn->is_static ? STB_LOCAL : STB_GLOBAL;

  if (opts_.debug_info) {
    DebugFunc df;
    df.name = fn->name;
    df.lo = start;
    df.file = u32(fn->loc.file < 0 ? 0 : fn->loc.file);
    df.line = u32(fn->loc.line);
    dbg_.funcs.push_back(df);
    dbg_func_ = int(dbg_.funcs.size()) - 1;
  }
  debug_line(fn->loc);

  // Prologue.
  int save = 16 + va_size_;
  addi(SP, SP, -save);
  sw(RA, SP, 12);
  sw(S0, SP, 8);
  addi(S0, SP, save);
  if (va_size_)
    for (int i = 0; i < 8; ++i) sw(A0 + i, S0, -32 + 4 * i);
  frame_patch_ = pc();
  lui(T0, 0);
  addi(T0, T0, 0);
  sub(SP, SP, T0);

  // Incoming arguments to their frame slots.
  std::vector<ArgShape> shapes;
  if (sret) shapes.push_back(ArgShape{});
  for (Obj* p : fn->params) shapes.push_back(shape_of(p->ty));
  int stack_bytes = 0, next_reg = 0;
  std::vector<ArgSlot> slots = assign_args(shapes, shapes.size(), &stack_bytes, &next_reg);
  size_t w = 0;
  auto word_to = [&](const ArgSlot& s, u32 rd) {
    if (s.in_reg) mv(rd, A0 + s.reg);
    else load_off(rd, S0, s.stack_off, 2);
  };
  // Save register words first (before any helper call could clobber them).
  if (sret) {
    word_to(slots[w++], T0);
    sw(T0, S0, ret_ptr_off_);
  }
  for (Obj* p : fn->params) {
    ArgShape s = shape_of(p->ty);
    if (s.by_ref) {
      word_to(slots[w++], T1);
      addr_off(T0, S0, p->offset);
      // copy_bytes uses t1..t4; move the source out of the way first.
      mv(T5, T1);
      copy_bytes(T0, T5, p->ty->size, p->ty->align);
      continue;
    }
    for (int k = 0; k < s.words; ++k) {
      word_to(slots[w++], T1);
      if (is_struct(p->ty) || p->ty->size >= 4) store_off(T1, S0, p->offset + 4 * k, 2);
      else store_off(T1, S0, p->offset, p->ty->size == 2 ? 1 : 0);
    }
  }
  // va_start points just past the named arguments.
  if (va_size_) va_start_off_ = next_reg < 8 ? -32 + 4 * next_reg : stack_bytes;

  gen_stmt(fn->body);
  // main returns 0 when it falls off its end (C11 5.1.2.2.3).
  if (fn->name == "main") li(A0, 0);

  bind(return_label_);
  addi(SP, S0, -save);
  lw(RA, SP, 12);
  lw(S0, SP, 8);
  addi(SP, SP, save);
  jalr(ZERO, RA, 0);
  resolve_fixups();

  // Now the frame size is known: patch "li t0, size".
  int frame = (frame_locals_ + 15) & ~15;
  u32 hi = (u32(frame) + 0x800) >> 12;
  i32 lo = i32(u32(frame) - (hi << 12));
  store_le32(code_->data() + frame_patch_, (hi & 0xfffff) << 12 | T0 << 7 | 0x37);
  store_le32(code_->data() + frame_patch_ + 4, i_type(lo, T0, 0, T0, 0x13));

  obj_.symbols[sym].size = pc() - start;
  if (opts_.debug_info && dbg_func_ >= 0) {
    dbg_.funcs[dbg_func_].hi = pc();
    for (Obj* p : fn->params) {
      if (p->name.empty()) continue;
      DebugVar v;
      v.name = p->name;
      v.type = debug_type(p->ty);
      v.kind = DebugVarKind::Param;
      v.func = dbg_func_;
      v.location = p->offset;
      v.scope_lo = start;
      v.scope_hi = pc();
      v.line = u32(p->loc.line);
      dbg_.vars.push_back(v);
    }
  }
  fn_ = nullptr;
}

// ---- data ----

void Codegen::gen_globals() {
  for (Obj* g : ast_.globals) {
    if (g->is_function || !g->is_definition) continue;
    if (syms_.count(g->label) && obj_.symbols[syms_[g->label]].section != ObjSymbol::kUndef) continue;
    int align = g->align > g->ty->align ? g->align : g->ty->align;
    if (g->ty->kind == TypeKind::Array && g->ty->size >= 16 && align < 16) align = g->ty->base->align;
    int sec = g->has_init ? (g->is_readonly ? rodata_ : data_) : bss_;
    ObjSection& s = obj_.sections[sec];
    if (u32(align) > s.align) s.align = align;
    u32 off = (s.size_of() + align - 1) / align * align;
    int size = g->ty->size;
    if (sec == bss_) {
      s.size = off + size;
    } else {
      s.data.resize(off, 0);
      s.data.insert(s.data.end(), g->init_data.begin(), g->init_data.end());
      s.data.resize(off + size, 0);
      for (const InitReloc& r : g->init_relocs) {
        obj_.relocs.push_back({sec, off + u32(r.offset), R_RISCV_32, symbol(r.label), i32(r.addend)});
      }
    }
    int sym = symbol(g->label);
    ObjSymbol& os = obj_.symbols[sym];
    os.section = sec;
    os.value = off;
    os.size = size;
    os.type = STT_OBJECT;
    os.bind = g->is_static ? STB_LOCAL : STB_GLOBAL;
    if (opts_.debug_info && !g->name.empty() && !g->is_readonly) {
      DebugVar v;
      v.name = g->name;
      v.type = debug_type(g->ty);
      v.kind = DebugVarKind::Global;
      v.symbol = g->label;
      v.line = u32(g->loc.line);
      dbg_.vars.push_back(v);
    }
  }
}

// ---- debug info ----

void Codegen::debug_line(SourceLoc loc) {
  if (!opts_.debug_info || loc.file < 0) return;
  if (loc.line == last_line_ && loc.file == last_file_) return;
  last_line_ = loc.line;
  last_file_ = loc.file;
  if (!dbg_.lines.empty() && dbg_.lines.back().addr == pc()) dbg_.lines.pop_back();
  dbg_.lines.push_back({pc(), u32(loc.file), u32(loc.line)});
  pushed_at_ = ~0u;
}

int Codegen::debug_type(const Type* ty) {
  auto it = dbg_types_.find(ty);
  if (it != dbg_types_.end()) return it->second;
  int idx = int(dbg_.types.size());
  dbg_types_[ty] = idx;
  dbg_.types.emplace_back();
  DebugType dt;
  dt.size = u32(ty->size);
  dt.name = type_name(ty);
  switch (ty->kind) {
    case TypeKind::Void: dt.kind = DebugTypeKind::Void; break;
    case TypeKind::Bool: dt.kind = DebugTypeKind::Bool; break;
    case TypeKind::Float: case TypeKind::Double: dt.kind = DebugTypeKind::Float; break;
    case TypeKind::Enum: dt.kind = DebugTypeKind::Enum; break;
    case TypeKind::Ptr: dt.kind = DebugTypeKind::Pointer; dt.base = ty->base->kind == TypeKind::Func ? -1 : debug_type(ty->base); break;
    case TypeKind::Array: dt.kind = DebugTypeKind::Array; dt.base = debug_type(ty->base); dt.count = u32(ty->array_len < 0 ? 0 : ty->array_len); break;
    case TypeKind::Struct: case TypeKind::Union:
      dt.kind = ty->kind == TypeKind::Struct ? DebugTypeKind::Struct : DebugTypeKind::Union;
      for (const Member& m : ty->members) {
        DebugMember dm;
        dm.name = m.name;
        dm.type = debug_type(m.ty);
        dm.offset = u32(m.offset);
        dm.bit_offset = u32(m.bit_offset);
        dm.bit_width = m.is_bitfield ? u32(m.bit_width) : 0;
        dt.members.push_back(dm);
      }
      break;
    case TypeKind::Func: dt.kind = DebugTypeKind::Func; break;
    default: dt.kind = ty->is_unsigned ? DebugTypeKind::Uint : DebugTypeKind::Int; break;
  }
  dbg_.types[idx] = dt;
  return idx;
}

void Codegen::debug_scope(Node* block, u32 lo, u32 hi) {
  if (!opts_.debug_info || !fn_) return;
  for (Obj* v : block->scope) {
    if (v->name.empty() || v->is_param) continue;
    DebugVar dv;
    dv.name = v->name;
    dv.type = debug_type(v->ty);
    dv.line = u32(v->loc.line);
    dv.func = dbg_func_;
    dv.scope_lo = lo;
    dv.scope_hi = hi;
    if (v->is_local) {
      dv.kind = DebugVarKind::Local;
      dv.location = v->offset;
    } else {
      dv.kind = DebugVarKind::Global;  // a block-scope static
      dv.symbol = v->label;
    }
    dbg_.vars.push_back(dv);
  }
}

int debug_symbol_index(ObjectFile& obj, const std::string& name) {
  for (size_t i = 0; i < obj.symbols.size(); ++i)
    if (obj.symbols[i].name == name) return int(i);
  return 0;
}

bool Codegen::run() {
  auto add_section = [&](const char* name, u32 type, u32 flags, u32 align) {
    ObjSection s;
    s.name = name;
    s.type = type;
    s.flags = flags;
    s.align = align;
    obj_.sections.push_back(s);
    return int(obj_.sections.size()) - 1;
  };
  text_ = add_section(".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, 4);
  data_ = add_section(".data", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, 4);
  rodata_ = add_section(".rodata", SHT_PROGBITS, SHF_ALLOC, 4);
  bss_ = add_section(".bss", SHT_NOBITS, SHF_ALLOC | SHF_WRITE, 4);
  ObjSymbol ts;
  ts.name = "";
  ts.type = STT_SECTION;
  ts.section = text_;
  obj_.symbols.push_back(ts);
  text_sym_ = 0;
  code_ = &obj_.sections[text_].data;
  for (int i = 0; i < diags_.file_count(); ++i) dbg_.files.push_back(diags_.file(i).name);
  gen_globals();
  for (Obj* g : ast_.globals) {
    if (!g->is_function || !g->is_definition || !g->body) continue;
    gen_function(g);
    code_ = &obj_.sections[text_].data;
    if (failed_) return false;
  }
  gen_globals();  // statics created while generating (none today; harmless)
  if (opts_.debug_info) encode_debug_chunk(dbg_, obj_, text_sym_, debug_symbol_index);
  return !failed_;
}

}  // namespace

bool generate_object(Diagnostics& diags, Ast& ast, const CodegenOptions& opts, ObjectFile& out) {
  Codegen cg(diags, ast, opts, out);
  return cg.run();
}

}  // namespace forklab::cc
