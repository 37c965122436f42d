// Types, objects and syntax-tree nodes: what the parser builds and the code
// generator walks. Plain data; everything is owned by an Ast arena.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/types.h"
#include "cc/diag.h"

namespace forklab::cc {

// ---- types (ilp32: int, long and pointers are 4 bytes; char is unsigned) ----

enum class TypeKind : u8 { Void, Bool, Char, Short, Int, Long, LLong, Float, Double, Enum, Ptr, Func, Array, Struct, Union };

struct Type;
struct Node;
struct Obj;

struct Member {
  std::string name;  // empty for an anonymous struct/union member
  Type* ty = nullptr;
  int offset = 0;
  bool is_bitfield = false;
  int bit_offset = 0;  // within the storage unit at `offset`
  int bit_width = 0;
  int align = 0;  // _Alignas on the member (0: the type's own)
  SourceLoc loc;
};

struct Type {
  TypeKind kind = TypeKind::Int;
  int size = 4;
  int align = 4;
  bool is_unsigned = false;
  std::string name;  // for messages: the tag or typedef name, if any

  Type* base = nullptr;  // pointee or element type
  int array_len = -1;    // -1: incomplete array

  // Variable-length array: its length expression and the hidden local that
  // holds its size in bytes (computed when the declaration executes). The
  // variable's own slot holds the address of the storage (size 4 here).
  Node* vla_len = nullptr;
  Obj* vla_size = nullptr;

  // struct / union
  std::vector<Member> members;
  bool is_complete = true;
  bool is_flexible = false;

  // function
  Type* ret = nullptr;
  std::vector<Type*> params;
  bool is_variadic = false;
  bool has_proto = true;  // false for old-style `int f()`
};

bool is_integer(const Type* t);
bool is_flonum(const Type* t);
bool is_numeric(const Type* t);
bool is_scalar(const Type* t);
bool is_pointer_like(const Type* t);  // pointer or array
bool is_aggregate(const Type* t);     // struct, union or array
bool same_type(const Type* a, const Type* b);
std::string type_name(const Type* t);  // "int", "struct point *", ...

// ---- objects: variables and functions ----

// A relocation inside a global's initial value: the address of `label` plus
// `addend`, stored at byte `offset`.
struct InitReloc {
  int offset = 0;
  std::string label;
  i64 addend = 0;
};

struct Obj {
  std::string name;  // the C name; `label` is the assembler symbol
  std::string label;
  Type* ty = nullptr;
  SourceLoc loc;
  bool is_local = false;
  bool is_function = false;
  bool is_definition = false;
  bool is_static = false;
  bool is_tentative = false;
  bool is_param = false;
  bool is_used = false;
  bool is_readonly = false;  // string literals go to .rodata
  int align = 0;
  int offset = 0;  // locals: offset from the frame pointer (negative)

  // globals with an initializer
  bool has_init = false;
  std::vector<u8> init_data;
  std::vector<InitReloc> init_relocs;

  // functions
  std::vector<Obj*> params;
  std::vector<Obj*> locals;
  Node* body = nullptr;
  int stack_size = 0;
  int va_named_words = 0;  // filled by codegen: argument words used by named params
  SourceLoc end_loc;
  bool returns_value_warned = false;
};

// ---- syntax tree ----

enum class NodeKind : u8 {
  Null, Num, Add, Sub, Mul, Div, Mod, BitAnd, BitOr, BitXor, Shl, Shr, Eq, Ne, Lt, Le,
  Assign, Cond, Comma, Member, Addr, Deref, Not, BitNot, LogAnd, LogOr, Neg,
  Return, If, For, Do, Switch, Case, Block, Goto, GotoExpr, Label, LabelVal, FunCall, ExprStmt, StmtExpr,
  Var, Cast, MemZero, VaStart, VaArg, Syscall, VlaAlloc,
};

struct Node {
  NodeKind kind = NodeKind::Null;
  Type* ty = nullptr;
  SourceLoc loc;

  Node* lhs = nullptr;
  Node* rhs = nullptr;

  // if / for / while / do / ?:
  Node* cond = nullptr;
  Node* then = nullptr;
  Node* els = nullptr;
  Node* init = nullptr;
  Node* inc = nullptr;

  std::vector<Node*> body;   // block statements, call arguments
  std::vector<Obj*> scope;   // locals declared directly in this block

  Obj* var = nullptr;        // Var
  Member* member = nullptr;  // Member
  i64 val = 0;               // Num (integer), Case low bound
  i64 val_hi = 0;            // Case high bound (GNU case ranges)
  double fval = 0;           // Num (floating)

  // goto, labels, break/continue (all lowered to labels)
  std::string label;
  int label_id = -1;
  int brk_id = -1;
  int cont_id = -1;

  // switch
  std::vector<Node*> cases;
  Node* default_case = nullptr;

  // call
  Type* func_ty = nullptr;
  Obj* ret_buffer = nullptr;  // struct return space in the caller's frame
};

// Allocates objects in chunks; they live until the pool dies (one
// translation unit). Pointers stay valid.
template <class T>
class Pool {
 public:
  T* make() {
    if (used_ == kChunk) {
      chunks_.push_back(std::make_unique<T[]>(kChunk));  // value-initialized: no stale bytes (a wasm crash otherwise)
      used_ = 0;
    }
    return &chunks_.back()[used_++];
  }

 private:
  static constexpr size_t kChunk = 256;
  std::vector<std::unique_ptr<T[]>> chunks_;
  size_t used_ = kChunk;
};

// Owns everything of one translation unit.
struct Ast {
  Pool<Type> types;
  Pool<Obj> objs;
  Pool<Node> nodes;
  std::vector<Obj*> globals;  // in definition order (functions too)
  int label_count = 0;

  Type* new_type(const Type& t) {
    Type* p = types.make();
    *p = t;
    return p;
  }
  Obj* new_obj() { return objs.make(); }
  Node* new_node(NodeKind k, SourceLoc loc) {
    Node* n = nodes.make();
    n->kind = k;
    n->loc = loc;
    return n;
  }
};

}  // namespace forklab::cc
