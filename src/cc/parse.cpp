// Recursive-descent parser. Each parse function has its grammar rule as a
// comment. Types are computed while nodes are built, so the tree the code
// generator sees is fully typed and has explicit conversions (Cast nodes).
//
// Errors: the first error stops the parse (later errors would mostly be
// consequences). After it, tok() returns the Eof token, so every loop below
// ends; a depth counter bounds recursion for hostile inputs.
#include "cc/parse.h"

#include <cstring>
#include <functional>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace forklab::cc {
namespace {

constexpr int kMaxDepth = 1000;      // recursion of the parser, a stack-size bound
constexpr int kMaxParenDepth = 256;  // nesting of parentheses, as clang limits brackets

struct VarScope {
  Obj* var = nullptr;
  Type* type_def = nullptr;
  Type* enum_ty = nullptr;
  i64 enum_val = 0;
};

struct Scope {
  std::unordered_map<std::string, VarScope> vars;
  std::unordered_map<std::string, Type*> tags;
};

struct VarAttr {
  bool is_typedef = false;
  bool is_static = false;
  bool is_extern = false;
  bool is_inline = false;
  int align = 0;
};

// An initializer tree (C11 6.7.9), built before it is lowered to stores
// (locals) or bytes (globals).
struct Init {
  Type* ty = nullptr;
  Node* expr = nullptr;
  std::vector<std::unique_ptr<Init>> children;
  bool growable = false;  // array of unknown size
};

class Parser {
 public:
  Parser(Diagnostics& d, const std::vector<Token>& t, Ast& a) : diags_(d), toks_(t), ast_(a) { init_types(); }
  bool run();

 private:
  Diagnostics& diags_;
  const std::vector<Token>& toks_;
  Ast& ast_;
  size_t pos_ = 0;
  bool failed_ = false;
  int depth_ = 0;
  std::vector<Scope> scopes_;
  Obj* fn_ = nullptr;  // function being parsed
  std::vector<Obj*>* locals_ = nullptr;
  std::vector<Node*> block_stack_;
  std::unordered_map<std::string, int> labels_;          // defined labels of fn_
  std::vector<std::pair<std::string, SourceLoc>> gotos_;  // used labels
  int brk_ = -1, cont_ = -1;
  Node* switch_ = nullptr;
  int anon_count_ = 0;
  std::vector<std::string> kr_names_;  // identifier list of an old-style definition
  std::map<std::string, Obj*> strings_;

  Type *ty_void_, *ty_bool_, *ty_char_, *ty_schar_, *ty_short_, *ty_ushort_, *ty_int_, *ty_uint_, *ty_long_,
      *ty_ulong_, *ty_llong_, *ty_ullong_, *ty_float_, *ty_double_, *ty_va_list_;

  // ---- tokens ----
  const Token& tok() const { return failed_ ? toks_.back() : toks_[pos_]; }
  const Token& peek_tok(int n) const {
    if (failed_) return toks_.back();
    return pos_ + n < toks_.size() ? toks_[pos_ + n] : toks_.back();
  }
  bool at_eof() const { return failed_ || tok().kind == TokKind::Eof; }
  void advance() {
    if (!at_eof()) ++pos_;
  }
  bool equal(const char* s) const {
    const Token& t = tok();
    // First byte first: most comparisons fail there (a hot path).
    return (t.kind == TokKind::Punct || t.kind == TokKind::Keyword) && t.text[0] == s[0] && strcmp(t.text.c_str(), s) == 0;
  }
  bool consume(const char* s) {
    if (!equal(s)) return false;
    advance();
    return true;
  }
  void expect(const char* s) {
    if (consume(s)) return;
    expected(std::string("'") + s + "'");
  }
  void expected(const std::string& what) {
    const Token& t = tok();
    if (t.kind == TokKind::Eof) error_at(t.loc, "expected " + what + " at end of input");
    else error_at(t.loc, "expected " + what);
  }
  void error_at(SourceLoc loc, const std::string& msg) {
    if (!failed_) diags_.error(loc, msg);
    failed_ = true;
  }
  void warn_at(SourceLoc loc, const std::string& msg) {
    if (!failed_) diags_.warning(loc, msg);
  }
  bool enter(SourceLoc loc) {
    if (++depth_ > kMaxDepth) {
      error_at(loc, "program is nested too deeply");
      return false;
    }
    return true;
  }
  int paren_depth_ = 0;
  // ---- error recovery: several diagnostics per compile ----
  // After an error inside a block, the parser restores its bookkeeping to
  // what it was at the start of the broken statement, skips to that
  // statement's end (a ';' or a closing '}' at its nesting level), and goes
  // on, so one compile reports independent errors (up to kMaxErrors).
  struct StmtState {
    size_t scopes, blocks;
    int brk, cont;
    Node* sw;
  };
  StmtState stmt_state() const { return {scopes_.size(), block_stack_.size(), brk_, cont_, switch_}; }
  bool recover(const StmtState& st, bool top_level, size_t start = SIZE_MAX) {
    if (!failed_ || at_end() || diags_.error_count() >= Diagnostics::kMaxErrors || depth_ > 200) return false;
    while (scopes_.size() > st.scopes) leave_scope();
    block_stack_.resize(st.blocks);
    brk_ = st.brk;
    cont_ = st.cont;
    switch_ = st.sw;
    failed_ = false;
    // At file scope the broken declaration started at `start`: count the
    // brackets already open since then, so the skip ends with it (after a
    // struct body or a function body, not inside them).
    int nest = 0;
    if (start < pos_)
      for (size_t i = start; i < pos_; ++i) {
        const Token& t = toks_[i];
        if (t.kind != TokKind::Punct) continue;
        if (t.text == "{" || t.text == "(" || t.text == "[") ++nest;
        else if ((t.text == "}" || t.text == ")" || t.text == "]") && nest > 0) --nest;
      }
    while (!at_eof()) {
      const Token& t = tok();
      bool p = t.kind == TokKind::Punct;
      if (p && (t.text == "{" || t.text == "(" || t.text == "[")) {
        ++nest;
      } else if (p && (t.text == "}" || t.text == ")" || t.text == "]")) {
        if (nest == 0) {
          if (t.text == "}" && !top_level) return true;  // ends the enclosing block
        } else if (--nest == 0 && t.text == "}") {
          advance();  // a nested block ends the statement
          return true;
        }
      } else if (p && t.text == ";" && nest == 0) {
        advance();
        return true;
      }
      advance();
    }
    return true;
  }
  bool at_end() const { return pos_ + 1 >= toks_.size(); }

  struct Depth {
    Parser& p;
    bool ok;
    Depth(Parser& pp, SourceLoc loc) : p(pp), ok(pp.enter(loc)) {}
    ~Depth() { --p.depth_; }
  };
  std::string get_ident() {
    if (tok().kind != TokKind::Ident) {
      expected("identifier");
      return std::string();
    }
    std::string s = tok().text;
    advance();
    return s;
  }

  // ---- types ----
  void init_types();
  Type* make_basic(TypeKind k, int size, bool is_unsigned) {
    Type t;
    t.kind = k;
    t.size = t.align = size;
    t.is_unsigned = is_unsigned;
    return ast_.new_type(t);
  }
  Type* pointer_to(Type* base) {
    Type t;
    t.kind = TypeKind::Ptr;
    t.size = t.align = 4;
    t.is_unsigned = true;
    t.base = base;
    return ast_.new_type(t);
  }
  Type* array_of(Type* base, int len) {
    Type t;
    t.kind = TypeKind::Array;
    t.size = len < 0 ? 0 : base->size * len;
    t.align = base->align;
    t.base = base;
    t.array_len = len;
    return ast_.new_type(t);
  }
  Type* func_type(Type* ret) {
    Type t;
    t.kind = TypeKind::Func;
    t.size = 1;
    t.align = 1;
    t.ret = ret;
    return ast_.new_type(t);
  }
  Type* int_type_of_rank(int rank, bool is_unsigned) {
    switch (rank) {
      case 0: return is_unsigned ? ty_uint_ : ty_int_;
      case 1: return is_unsigned ? ty_ulong_ : ty_long_;
      default: return is_unsigned ? ty_ullong_ : ty_llong_;
    }
  }
  static int rank(const Type* t) { return t->kind == TypeKind::Long ? 1 : t->kind == TypeKind::LLong ? 2 : 0; }
  Type* promote(Type* t) {
    if (t->kind == TypeKind::Enum) return ty_int_;
    if (is_integer(t) && t->size < 4) return ty_int_;
    return t;
  }
  Type* common_type(Type* a, Type* b);

  // ---- scopes ----
  void enter_scope() { scopes_.emplace_back(); }
  void leave_scope() { scopes_.pop_back(); }
  VarScope* find_var(const std::string& name) {
    for (size_t i = scopes_.size(); i-- > 0;) {
      auto it = scopes_[i].vars.find(name);
      if (it != scopes_[i].vars.end()) return &it->second;
    }
    return nullptr;
  }
  Type* find_tag(const std::string& name) {
    for (size_t i = scopes_.size(); i-- > 0;) {
      auto it = scopes_[i].tags.find(name);
      if (it != scopes_[i].tags.end()) return it->second;
    }
    return nullptr;
  }
  Type* find_typedef(const Token& t) {
    if (t.kind != TokKind::Ident) return nullptr;
    VarScope* vs = find_var(t.text);
    return vs ? vs->type_def : nullptr;
  }
  bool is_typename(const Token& t);

  // ---- objects ----
  Obj* new_lvar(const std::string& name, Type* ty, SourceLoc loc, bool declare = true) {
    Obj* v = ast_.new_obj();
    v->name = name;
    v->ty = ty;
    v->loc = loc;
    v->is_local = true;
    if (declare && !name.empty()) scopes_.back().vars[name].var = v;
    if (locals_) locals_->push_back(v);
    if (!block_stack_.empty() && !name.empty()) block_stack_.back()->scope.push_back(v);
    return v;
  }
  Obj* new_gvar(const std::string& name, Type* ty, SourceLoc loc) {
    Obj* v = ast_.new_obj();
    v->name = name;
    v->label = name;
    v->ty = ty;
    v->loc = loc;
    scopes_.front().vars[name].var = v;
    ast_.globals.push_back(v);
    return v;
  }
  Obj* new_anon_gvar(Type* ty) {
    Obj* v = ast_.new_obj();
    v->label = ".L.anon." + std::to_string(anon_count_++);
    v->name = "";
    v->ty = ty;
    v->is_static = true;
    v->is_definition = true;
    ast_.globals.push_back(v);
    return v;
  }
  Obj* string_literal(const std::string& s, SourceLoc loc);

  // ---- nodes ----
  Node* new_node(NodeKind k, SourceLoc loc) { return ast_.new_node(k, loc); }
  Node* new_num(i64 v, SourceLoc loc, Type* ty = nullptr) {
    Node* n = new_node(NodeKind::Num, loc);
    n->val = v;
    n->ty = ty ? ty : ty_int_;
    return n;
  }
  Node* new_var(Obj* v, SourceLoc loc) {
    Node* n = new_node(NodeKind::Var, loc);
    n->var = v;
    n->ty = v->ty;
    v->is_used = true;
    return n;
  }
  Node* new_cast(Node* e, Type* ty);
  Node* new_unary(NodeKind k, Node* e, SourceLoc loc) {
    Node* n = new_node(k, loc);
    n->lhs = e;
    return n;
  }
  Node* new_binary(NodeKind k, Node* l, Node* r, SourceLoc loc) {
    Node* n = new_node(k, loc);
    n->lhs = l;
    n->rhs = r;
    return n;
  }
  Node* decay(Node* n);
  Node* rvalue(Node* n) { return decay(n); }
  Node* arith(NodeKind k, Node* l, Node* r, SourceLoc loc);
  Node* new_add(Node* l, Node* r, SourceLoc loc);
  Node* new_sub(Node* l, Node* r, SourceLoc loc);
  Node* new_compare(NodeKind k, Node* l, Node* r, SourceLoc loc);
  Node* new_deref(Node* e, SourceLoc loc);
  Node* new_addr(Node* e, SourceLoc loc);
  Node* new_assign(Node* l, Node* r, SourceLoc loc);
  Node* to_bool_cond(Node* e);
  Node* convert_for_assign(Node* r, Type* ty, SourceLoc loc, const char* what);
  Node* struct_ref(Node* base, const std::string& name, SourceLoc loc);
  Node* compound_assign(NodeKind k, Node* l, Node* r, SourceLoc loc);
  Node* inc_dec(Node* e, int delta, bool post, SourceLoc loc);
  bool is_lvalue(Node* n);
  Node* funcall(Node* fn, SourceLoc loc);

  // ---- declarations ----
  Type* declspec(VarAttr* attr);
  Type* declarator(Type* ty, Token* name);
  Type* abstract_declarator(Type* ty);
  Type* type_suffix(Type* ty);
  Type* func_params(Type* ret);
  Type* array_dims(Type* ty);
  Type* pointers(Type* ty);
  Type* parse_type_name();
  Type* struct_union_decl(TypeKind k);
  void struct_members(Type* ty);
  void layout_struct(Type* ty);
  Type* enum_specifier();
  Type* typeof_specifier();
  void skip_attributes();
  void skip_balanced();
  Node* declaration(Type* basety, VarAttr* attr);
  void parse_typedef(Type* basety);
  void global_declaration(Type* basety, VarAttr* attr);
  void function_definition(Type* ty, const Token& name, VarAttr* attr);
  void static_assertion();

  // ---- initializers ----
  std::unique_ptr<Init> new_init(Type* ty, bool growable_top);
  void initializer2(Init* init);
  void array_initializer(Init* init);
  void struct_initializer(Init* init);
  void union_initializer(Init* init);
  void string_initializer(Init* init);
  int designation_array(Init* init, int i);
  void designation(Init* init);
  bool designated_struct(Init* init, Type* ty, size_t& idx);
  Init* array_child(Init* init, int i);
  std::unique_ptr<Init> initializer(Type* ty, Type** new_ty);
  Node* lvar_initializer(Obj* var);
  Node* init_to_stores(Init* init, Type* ty, std::function<Node*()> addr, Node* acc, SourceLoc loc);
  void gvar_initializer(Obj* var);
  void write_gvar_data(Init* init, Type* ty, Obj* var, int offset);

  // ---- constants ----
  i64 const_expr();
  bool eval(Node* n, i64* out, std::string* label = nullptr, bool report = true);
  bool eval_double(Node* n, double* out);
  bool eval_addr(Node* n, i64* out, std::string* label);
  bool is_const_expr(Node* n);

  // ---- statements ----
  Node* compound_stmt(SourceLoc loc, bool new_scope = true);
  Node* stmt();
  Node* expr_stmt();

  // ---- expressions ----
  Node* expr();
  Node* assign();
  Node* conditional();
  Node* binary_expr(int min_prec);
  Node* cast_expr();
  Node* unary();
  Node* postfix(Node* start = nullptr);
  Node* primary();
  Node* compound_literal(Type* ty, SourceLoc loc);
  Node* builtin_call(const std::string& name, SourceLoc loc);
  Node* num_literal(const Token& t);
};

void Parser::init_types() {
  ty_void_ = make_basic(TypeKind::Void, 1, false);
  ty_bool_ = make_basic(TypeKind::Bool, 1, true);
  ty_char_ = make_basic(TypeKind::Char, 1, true);
  ty_schar_ = make_basic(TypeKind::Char, 1, false);
  ty_short_ = make_basic(TypeKind::Short, 2, false);
  ty_ushort_ = make_basic(TypeKind::Short, 2, true);
  ty_int_ = make_basic(TypeKind::Int, 4, false);
  ty_uint_ = make_basic(TypeKind::Int, 4, true);
  ty_long_ = make_basic(TypeKind::Long, 4, false);
  ty_ulong_ = make_basic(TypeKind::Long, 4, true);
  ty_llong_ = make_basic(TypeKind::LLong, 8, false);
  ty_ullong_ = make_basic(TypeKind::LLong, 8, true);
  ty_float_ = make_basic(TypeKind::Float, 4, false);
  ty_double_ = make_basic(TypeKind::Double, 8, false);
  ty_va_list_ = pointer_to(ty_char_);
}

// C11 6.3.1.8 usual arithmetic conversions, with ilp32 sizes.
Type* Parser::common_type(Type* a, Type* b) {
  if (a->kind == TypeKind::Double || b->kind == TypeKind::Double) return ty_double_;
  if (a->kind == TypeKind::Float || b->kind == TypeKind::Float) return ty_float_;
  a = promote(a);
  b = promote(b);
  if (a->kind == TypeKind::Ptr) return a;
  if (b->kind == TypeKind::Ptr) return b;
  int ra = rank(a), rb = rank(b);
  if (a->is_unsigned == b->is_unsigned) return ra >= rb ? a : b;
  Type* u = a->is_unsigned ? a : b;
  Type* s = a->is_unsigned ? b : a;
  if (rank(u) >= rank(s)) return u;
  if (s->size > u->size) return s;
  return int_type_of_rank(rank(s), true);
}

bool Parser::is_typename(const Token& t) {
  if (t.kind == TokKind::Keyword) {
    static const std::unordered_set<std::string> kws = {
        "void", "_Bool", "char", "short", "int", "long", "struct", "union", "typedef", "enum", "static",
        "extern", "_Alignas", "signed", "unsigned", "const", "volatile", "auto", "register", "restrict",
        "__restrict", "__restrict__", "_Noreturn", "float", "double", "typeof", "__typeof__", "inline",
        "__inline", "__inline__", "_Thread_local", "__thread", "_Atomic", "__attribute__", "__signed__",
        "__const", "__volatile__", "__extension__", "_Complex"};
    return kws.count(t.text) > 0;
  }
  return find_typedef(t) != nullptr;
}

// ---- conversions and operators ----

Node* Parser::new_cast(Node* e, Type* ty) {
  if (e->ty == ty) return e;
  Node* n = new_node(NodeKind::Cast, e->loc);
  n->lhs = e;
  n->ty = ty;
  return n;
}

// Arrays become pointers to their first element and functions pointers to
// themselves (C11 6.3.2.1).
Node* Parser::decay(Node* n) {
  if (!n->ty) return n;
  if (n->ty->kind == TypeKind::Array) {
    Node* a = new_unary(NodeKind::Addr, n, n->loc);
    a->ty = pointer_to(n->ty->base);
    return a;
  }
  if (n->ty->kind == TypeKind::Func) {
    Node* a = new_unary(NodeKind::Addr, n, n->loc);
    a->ty = pointer_to(n->ty);
    return a;
  }
  return n;
}

Node* Parser::arith(NodeKind k, Node* l, Node* r, SourceLoc loc) {
  l = rvalue(l);
  r = rvalue(r);
  bool int_only = k == NodeKind::Mod || k == NodeKind::BitAnd || k == NodeKind::BitOr || k == NodeKind::BitXor ||
                  k == NodeKind::Shl || k == NodeKind::Shr;
  bool ok = int_only ? (is_integer(l->ty) && is_integer(r->ty)) : (is_numeric(l->ty) && is_numeric(r->ty));
  if (!ok) {
    error_at(loc, "invalid operands to binary expression ('" + type_name(l->ty) + "' and '" + type_name(r->ty) + "')");
    return new_num(0, loc);
  }
  Node* n = new_binary(k, l, r, loc);
  if (k == NodeKind::Shl || k == NodeKind::Shr) {
    // The result has the promoted type of the left operand (C11 6.5.7).
    n->ty = promote(l->ty);
    n->lhs = new_cast(l, n->ty);
    n->rhs = new_cast(r, ty_int_);
    if (r->kind == NodeKind::Num && (r->val < 0 || r->val >= n->ty->size * 8))
      warn_at(loc, r->val < 0 ? "shift count is negative" : "shift count >= width of type");
    return n;
  }
  Type* ty = common_type(l->ty, r->ty);
  n->lhs = new_cast(l, ty);
  n->rhs = new_cast(r, ty);
  n->ty = ty;
  if ((k == NodeKind::Div || k == NodeKind::Mod) && r->kind == NodeKind::Num && r->val == 0 && is_integer(ty))
    warn_at(loc, std::string(k == NodeKind::Div ? "division" : "remainder") + " by zero is undefined");
  return n;
}

Node* Parser::new_add(Node* l, Node* r, SourceLoc loc) {
  l = rvalue(l);
  r = rvalue(r);
  if (is_numeric(l->ty) && is_numeric(r->ty)) return arith(NodeKind::Add, l, r, loc);
  if (l->ty->kind == TypeKind::Ptr && r->ty->kind == TypeKind::Ptr) {
    error_at(loc, "invalid operands to binary expression ('" + type_name(l->ty) + "' and '" + type_name(r->ty) + "')");
    return l;
  }
  if (r->ty->kind == TypeKind::Ptr) std::swap(l, r);
  if (l->ty->kind != TypeKind::Ptr || !is_integer(r->ty)) {
    error_at(loc, "invalid operands to binary expression ('" + type_name(l->ty) + "' and '" + type_name(r->ty) + "')");
    return l;
  }
  int size = l->ty->base->kind == TypeKind::Void || l->ty->base->kind == TypeKind::Func ? 1 : l->ty->base->size;
  if (l->ty->base->kind == TypeKind::Struct && !l->ty->base->is_complete) {
    error_at(loc, "arithmetic on a pointer to an incomplete type '" + type_name(l->ty->base) + "'");
    return l;
  }
  Node* idx = new_cast(r, r->ty->size == 8 ? ty_llong_ : ty_int_);
  idx = new_cast(idx, ty_int_);
  Node* scaled = size == 1 ? idx : arith(NodeKind::Mul, idx, new_num(size, loc), loc);
  Node* n = new_binary(NodeKind::Add, l, scaled, loc);
  n->ty = l->ty;
  return n;
}

Node* Parser::new_sub(Node* l, Node* r, SourceLoc loc) {
  l = rvalue(l);
  r = rvalue(r);
  if (is_numeric(l->ty) && is_numeric(r->ty)) return arith(NodeKind::Sub, l, r, loc);
  if (l->ty->kind == TypeKind::Ptr && is_integer(r->ty)) {
    int size = l->ty->base->kind == TypeKind::Void ? 1 : l->ty->base->size;
    Node* idx = new_cast(r, ty_int_);
    Node* scaled = size == 1 ? idx : arith(NodeKind::Mul, idx, new_num(size, loc), loc);
    Node* n = new_binary(NodeKind::Sub, l, scaled, loc);
    n->ty = l->ty;
    return n;
  }
  if (l->ty->kind == TypeKind::Ptr && r->ty->kind == TypeKind::Ptr) {
    int size = l->ty->base->kind == TypeKind::Void ? 1 : l->ty->base->size;
    Node* n = new_binary(NodeKind::Sub, new_cast(l, ty_int_), new_cast(r, ty_int_), loc);
    n->ty = ty_int_;
    if (size <= 1) return n;
    Node* d = new_binary(NodeKind::Div, n, new_num(size, loc), loc);
    d->ty = ty_int_;
    return d;
  }
  error_at(loc, "invalid operands to binary expression ('" + type_name(l->ty) + "' and '" + type_name(r->ty) + "')");
  return l;
}

Node* Parser::new_compare(NodeKind k, Node* l, Node* r, SourceLoc loc) {
  l = rvalue(l);
  r = rvalue(r);
  Node* n = new_binary(k, l, r, loc);
  n->ty = ty_int_;
  if (is_numeric(l->ty) && is_numeric(r->ty)) {
    Type* ty = common_type(l->ty, r->ty);
    n->lhs = new_cast(l, ty);
    n->rhs = new_cast(r, ty);
    return n;
  }
  bool lp = l->ty->kind == TypeKind::Ptr, rp = r->ty->kind == TypeKind::Ptr;
  if ((lp && (rp || is_integer(r->ty))) || (rp && is_integer(l->ty))) {
    if (lp && rp && !same_type(l->ty->base, r->ty->base) && l->ty->base->kind != TypeKind::Void &&
        r->ty->base->kind != TypeKind::Void)
      warn_at(loc, "comparison of distinct pointer types ('" + type_name(l->ty) + "' and '" + type_name(r->ty) + "')");
    n->lhs = new_cast(l, ty_uint_);
    n->rhs = new_cast(r, ty_uint_);
    return n;
  }
  error_at(loc, "invalid operands to binary expression ('" + type_name(l->ty) + "' and '" + type_name(r->ty) + "')");
  return n;
}

Node* Parser::new_deref(Node* e, SourceLoc loc) {
  e = rvalue(e);
  if (e->ty->kind != TypeKind::Ptr) {
    error_at(loc, "indirection requires pointer operand ('" + type_name(e->ty) + "' invalid)");
    return e;
  }
  if (e->ty->base->kind == TypeKind::Func) return e;  // *fp is fp
  if (e->ty->base->kind == TypeKind::Void) {
    error_at(loc, "incomplete type 'void' is not assignable");
    return e;
  }
  Node* n = new_unary(NodeKind::Deref, e, loc);
  n->ty = e->ty->base;
  return n;
}

bool Parser::is_lvalue(Node* n) {
  switch (n->kind) {
    case NodeKind::Var: return n->ty->kind != TypeKind::Func;
    case NodeKind::Deref: return true;
    case NodeKind::Member: return true;
    case NodeKind::Comma: return false;
    default: return false;
  }
}

Node* Parser::new_addr(Node* e, SourceLoc loc) {
  if (e->kind == NodeKind::Member && e->member->is_bitfield) {
    error_at(loc, "address of bit-field requested");
    return e;
  }
  if (!is_lvalue(e) && e->ty->kind != TypeKind::Func && !(e->kind == NodeKind::Var)) {
    error_at(loc, "cannot take the address of an rvalue of type '" + type_name(e->ty) + "'");
    return e;
  }
  Node* n = new_unary(NodeKind::Addr, e, loc);
  n->ty = pointer_to(e->ty);
  return n;
}

// Converts `r` to `ty` as an assignment does (C11 6.5.16.1), with gcc's
// warnings for pointer/integer mix-ups.
Node* Parser::convert_for_assign(Node* r, Type* ty, SourceLoc loc, const char* what) {
  r = rvalue(r);
  if (ty->kind == TypeKind::Struct || ty->kind == TypeKind::Union) {
    if (r->ty != ty) {
      error_at(loc, std::string(what) + " '" + type_name(ty) + "' from incompatible type '" + type_name(r->ty) + "'");
      return r;
    }
    return r;
  }
  if (ty->kind == TypeKind::Ptr) {
    if (r->ty->kind == TypeKind::Ptr) {
      Type* a = ty->base;
      Type* b = r->ty->base;
      if (a->kind != TypeKind::Void && b->kind != TypeKind::Void && !same_type(a, b) &&
          !(is_integer(a) && is_integer(b) && a->size == b->size))
        warn_at(loc, std::string("incompatible pointer types ") + (strcmp(what, "passing") == 0 ? "passing" : what) + " '" +
                         type_name(r->ty) + "' to '" + type_name(ty) + "'");
      return new_cast(r, ty);
    }
    if (is_integer(r->ty)) {
      i64 v;
      if (!(r->kind == NodeKind::Num && r->val == 0) && !(eval(r, &v, nullptr, false) && v == 0))
        warn_at(loc, std::string("incompatible integer to pointer conversion ") + what + " '" + type_name(ty) +
                         "' from '" + type_name(r->ty) + "'");
      return new_cast(r, ty);
    }
    error_at(loc, std::string(what) + " '" + type_name(ty) + "' from incompatible type '" + type_name(r->ty) + "'");
    return r;
  }
  if (is_numeric(ty)) {
    if (r->ty->kind == TypeKind::Ptr) {
      if (ty->kind != TypeKind::Bool)
        warn_at(loc, std::string("incompatible pointer to integer conversion ") + what + " '" + type_name(ty) +
                         "' from '" + type_name(r->ty) + "'");
      if (is_flonum(ty)) {
        error_at(loc, std::string(what) + " '" + type_name(ty) + "' from incompatible type '" + type_name(r->ty) + "'");
        return r;
      }
      return new_cast(r, ty);
    }
    if (!is_numeric(r->ty)) {
      error_at(loc, std::string(what) + " '" + type_name(ty) + "' from incompatible type '" + type_name(r->ty) + "'");
      return r;
    }
    return new_cast(r, ty);
  }
  error_at(loc, std::string(what) + " '" + type_name(ty) + "' from incompatible type '" + type_name(r->ty) + "'");
  return r;
}

Node* Parser::new_assign(Node* l, Node* r, SourceLoc loc) {
  if (l->ty->kind == TypeKind::Array) {
    error_at(loc, "array type '" + type_name(l->ty) + "' is not assignable");
    return l;
  }
  if (!is_lvalue(l)) {
    error_at(loc, "expression is not assignable");
    return l;
  }
  Node* n = new_binary(NodeKind::Assign, l, convert_for_assign(r, l->ty, loc, "assigning to"), loc);
  n->ty = l->ty;
  return n;
}

Node* Parser::to_bool_cond(Node* e) {
  e = rvalue(e);
  if (!is_scalar(e->ty)) error_at(e->loc, "statement requires expression of scalar type ('" + type_name(e->ty) + "' invalid)");
  return e;
}

// Member access, including members of anonymous structs and unions.
Node* Parser::struct_ref(Node* base, const std::string& name, SourceLoc loc) {
  Type* ty = base->ty;
  if (ty->kind != TypeKind::Struct && ty->kind != TypeKind::Union) {
    error_at(loc, "member reference base type '" + type_name(ty) + "' is not a structure or union");
    return base;
  }
  if (!ty->is_complete) {
    error_at(loc, "incomplete definition of type '" + type_name(ty) + "'");
    return base;
  }
  std::function<bool(Type*, std::vector<Member*>&)> find = [&](Type* t, std::vector<Member*>& path) {
    for (Member& m : t->members) {
      if (m.name == name) {
        path.push_back(&m);
        return true;
      }
      if (m.name.empty() && (m.ty->kind == TypeKind::Struct || m.ty->kind == TypeKind::Union)) {
        path.push_back(&m);
        if (find(m.ty, path)) return true;
        path.pop_back();
      }
    }
    return false;
  };
  std::vector<Member*> path;
  if (!find(ty, path)) {
    error_at(loc, "no member named '" + name + "' in '" + type_name(ty) + "'");
    return base;
  }
  Node* n = base;
  for (Member* m : path) {
    Node* r = new_unary(NodeKind::Member, n, loc);
    r->member = m;
    r->ty = m->ty;
    n = r;
  }
  return n;
}

// a op= b  becomes  (tmp = &a, *tmp = *tmp op b), so `a` is evaluated once.
// For a bit-field, tmp points at the containing struct instead.
Node* Parser::compound_assign(NodeKind k, Node* l, Node* r, SourceLoc loc) {
  if (!is_lvalue(l)) {
    error_at(loc, "expression is not assignable");
    return l;
  }
  auto op = [&](Node* cur) -> Node* {
    if (k == NodeKind::Add) return new_add(cur, r, loc);
    if (k == NodeKind::Sub) return new_sub(cur, r, loc);
    return arith(k, cur, r, loc);
  };
  if (l->kind == NodeKind::Var && !l->var->ty->vla_len) {
    // A plain variable has no side effects to evaluate twice: v = v op r.
    return new_assign(l, op(new_var(l->var, loc)), loc);
  }
  if (l->kind == NodeKind::Member) {
    Node* base_addr = new_addr(l->lhs, loc);
    if (failed_) return l;
    Obj* tmp = new_lvar("", base_addr->ty, loc);
    Node* set = new_assign(new_var(tmp, loc), base_addr, loc);
    auto access = [&]() {
      Node* m = new_unary(NodeKind::Member, new_deref(new_var(tmp, loc), loc), loc);
      m->member = l->member;
      m->ty = l->ty;
      return m;
    };
    Node* n = new_binary(NodeKind::Comma, set, new_assign(access(), op(access()), loc), loc);
    n->ty = l->ty;
    return n;
  }
  Node* addr = new_addr(l, loc);
  if (failed_) return l;
  Obj* tmp = new_lvar("", addr->ty, loc);
  Node* set = new_assign(new_var(tmp, loc), addr, loc);
  Node* upd = new_assign(new_deref(new_var(tmp, loc), loc), op(new_deref(new_var(tmp, loc), loc)), loc);
  Node* n = new_binary(NodeKind::Comma, set, upd, loc);
  n->ty = upd->ty;
  return n;
}

// ++a is a += 1; a++ is (a += 1) - 1 converted back to a's type.
Node* Parser::inc_dec(Node* e, int delta, bool post, SourceLoc loc) {
  if (!is_lvalue(e) || !is_scalar(e->ty)) {
    error_at(loc, is_lvalue(e) ? "cannot increment value of type '" + type_name(e->ty) + "'" : "expression is not assignable");
    return e;
  }
  Node* one = new_num(1, loc);
  Node* upd = compound_assign(delta > 0 ? NodeKind::Add : NodeKind::Sub, e, one, loc);
  if (!post) return upd;
  if (e->ty->kind == TypeKind::Bool) {
    // b++ yields the old value: (tmp = b, b += 1, tmp); the lvalue is
    // evaluated twice, so only for side-effect-free operands (others: &b once).
    Node* addr = new_addr(e, loc);
    if (failed_) return upd;
    Obj* p = new_lvar("", addr->ty, loc);
    Obj* old = new_lvar("", e->ty, loc);
    Node* set_p = new_assign(new_var(p, loc), addr, loc);
    Node* set_old = new_assign(new_var(old, loc), new_deref(new_var(p, loc), loc), loc);
    Node* upd2 = compound_assign(delta > 0 ? NodeKind::Add : NodeKind::Sub, new_deref(new_var(p, loc), loc), new_num(1, loc), loc);
    Node* n = new_binary(NodeKind::Comma, set_p, new_binary(NodeKind::Comma, set_old, new_binary(NodeKind::Comma, upd2, new_var(old, loc), loc), loc), loc);
    n->rhs->rhs->ty = e->ty;
    n->rhs->ty = e->ty;
    n->ty = e->ty;
    return n;
  }
  Node* back = delta > 0 ? new_sub(upd, new_num(1, loc), loc) : new_add(upd, new_num(1, loc), loc);
  return new_cast(back, e->ty);
}

// ---- declarations ----

void Parser::skip_balanced() {
  int depth = 0;
  do {
    if (equal("(")) ++depth;
    else if (equal(")")) --depth;
    advance();
  } while (depth > 0 && !at_eof());
}

// attribute = ("__attribute__" "(" "(" ... ")" ")")*
void Parser::skip_attributes() {
  while (equal("__attribute__") || equal("asm") || equal("__asm__")) {
    advance();
    if (!equal("(")) return expected("'('");
    skip_balanced();
  }
}

Type* Parser::typeof_specifier() {
  expect("(");
  Type* ty;
  if (is_typename(tok())) ty = parse_type_name();
  else ty = rvalue(expr())->ty;
  expect(")");
  return ty;
}

// declspec = ("void" | "_Bool" | "char" | "short" | "int" | "long" | "float" | "double"
//            | "signed" | "unsigned" | struct-decl | union-decl | enum-specifier
//            | typedef-name | "typeof" "(" ... ")" | storage-class | qualifier | attribute)+
// With no type specifier at all the type is int (K&R implicit int, a warning).
Type* Parser::declspec(VarAttr* attr) {
  enum Base { None, Void, Bool, Char, Int, Float, Double, Other };
  Base base = None;
  int longs = 0, shorts = 0;
  bool is_signed = false, is_unsigned = false;
  Type* other = nullptr;
  SourceLoc start = tok().loc;
  bool any = false;
  while (!at_eof()) {
    const Token& t = tok();
    if (!is_typename(t)) break;
    std::string s = t.text;
    if (s == "typedef" || s == "static" || s == "extern" || s == "inline" || s == "__inline" || s == "__inline__" ||
        s == "_Thread_local" || s == "__thread" || s == "auto" || s == "register") {
      if (!attr && s != "register" && s != "auto") {
        error_at(t.loc, "storage class specified for a type name or parameter");
        return ty_int_;
      }
      if (attr) {
        if (s == "typedef") attr->is_typedef = true;
        else if (s == "static") attr->is_static = true;
        else if (s == "extern") attr->is_extern = true;
        else if (s == "inline" || s == "__inline" || s == "__inline__") attr->is_inline = true;
        if (int(attr->is_typedef) + int(attr->is_static) + int(attr->is_extern) > 1) {
          error_at(t.loc, "cannot combine with previous declaration specifier");
          return ty_int_;
        }
      }
      advance();
      any = true;
      continue;
    }
    if (s == "const" || s == "volatile" || s == "restrict" || s == "__restrict" || s == "__restrict__" ||
        s == "_Noreturn" || s == "__const" || s == "__volatile__" || s == "__extension__" || s == "_Atomic") {
      advance();
      any = true;
      continue;
    }
    if (s == "__attribute__") {
      skip_attributes();
      continue;
    }
    if (s == "_Alignas") {
      advance();
      expect("(");
      int a = is_typename(tok()) ? parse_type_name()->align : int(const_expr());
      expect(")");
      if (attr) attr->align = a;
      continue;
    }
    if (s == "_Complex") {
      error_at(t.loc, "_Complex is not supported");
      return ty_int_;
    }
    Type* td = t.kind == TokKind::Ident ? find_typedef(t) : nullptr;
    bool is_struct = s == "struct" || s == "union" || s == "enum" || s == "typeof" || s == "__typeof__";
    if (td || is_struct) {
      if (base != None || longs || shorts || is_signed || is_unsigned) {
        if (td) break;  // `typedef int T; int T;`: T is the declarator
        error_at(t.loc, "cannot combine with previous declaration specifier");
        return ty_int_;
      }
      advance();
      if (s == "struct") other = struct_union_decl(TypeKind::Struct);
      else if (s == "union") other = struct_union_decl(TypeKind::Union);
      else if (s == "enum") other = enum_specifier();
      else if (s == "typeof" || s == "__typeof__") other = typeof_specifier();
      else other = td;
      base = Other;
      any = true;
      continue;
    }
    auto clash = [&]() {
      error_at(t.loc, "cannot combine with previous '" + s + "' declaration specifier");
    };
    if (s == "void" || s == "_Bool" || s == "char" || s == "int" || s == "float" || s == "double") {
      Base b = s == "void" ? Void : s == "_Bool" ? Bool : s == "char" ? Char : s == "int" ? Int : s == "float" ? Float : Double;
      if (base != None) {
        clash();
        return ty_int_;
      }
      base = b;
    } else if (s == "long") {
      if (++longs > 2) {
        error_at(t.loc, "'long long long' is invalid");
        return ty_int_;
      }
    } else if (s == "short") {
      ++shorts;
    } else if (s == "signed" || s == "__signed__") {
      is_signed = true;
    } else if (s == "unsigned") {
      is_unsigned = true;
    }
    any = true;
    advance();
  }
  if (failed_) return ty_int_;
  if (is_signed && is_unsigned) {
    error_at(start, "cannot combine with previous 'signed' declaration specifier");
    return ty_int_;
  }
  if (base == Other) return other;
  if (base == None && !longs && !shorts && !is_signed && !is_unsigned) {
    // Implicit int: `static x;`, `main() {...}` (warned by the caller).
    if (!any) return nullptr;
    return ty_int_;
  }
  bool bad = false;
  Type* ty = ty_int_;
  switch (base) {
    case Void: bad = longs || shorts || is_signed || is_unsigned; ty = ty_void_; break;
    case Bool: bad = longs || shorts || is_signed || is_unsigned; ty = ty_bool_; break;
    case Char: bad = longs || shorts; ty = is_signed ? ty_schar_ : ty_char_; break;
    case Float: bad = longs || shorts || is_signed || is_unsigned; ty = ty_float_; break;
    case Double: bad = longs > 1 || shorts || is_signed || is_unsigned; ty = ty_double_; break;  // long double = double
    default:
      if (shorts && longs) bad = true;
      else if (shorts) ty = is_unsigned ? ty_ushort_ : ty_short_;
      else if (longs == 1) ty = is_unsigned ? ty_ulong_ : ty_long_;
      else if (longs == 2) ty = is_unsigned ? ty_ullong_ : ty_llong_;
      else ty = is_unsigned ? ty_uint_ : ty_int_;
  }
  if (bad) {
    error_at(start, "invalid combination of type specifiers");
    return ty_int_;
  }
  return ty;
}

// pointers = ("*" ("const" | "volatile" | "restrict" | attribute)*)*
Type* Parser::pointers(Type* ty) {
  int levels = 0;
  while (consume("*")) {
    if (++levels > kMaxDepth) {
      error_at(tok().loc, "declarator nested too deeply");
      return ty;
    }
    ty = pointer_to(ty);
    while (equal("const") || equal("volatile") || equal("restrict") || equal("__restrict") ||
           equal("__restrict__") || equal("__const") || equal("_Atomic") || equal("__attribute__")) {
      if (equal("__attribute__")) skip_attributes();
      else advance();
    }
  }
  return ty;
}

// declarator = pointers ("(" declarator ")" | ident)? type-suffix
Type* Parser::declarator(Type* ty, Token* name) {
  Depth d(*this, tok().loc);
  if (!d.ok) return ty;
  ty = pointers(ty);
  skip_attributes();
  if (equal("(") && !is_typename(peek_tok(1)) && !(peek_tok(1).kind == TokKind::Punct && peek_tok(1).text == ")")) {
    // Nested declarator: parse the suffix after it first, then the inside
    // applies to that type (e.g. int (*fp)(int)).
    advance();
    size_t inner = pos_;
    Type dummy;
    declarator(ast_.new_type(dummy), nullptr);
    expect(")");
    if (failed_) return ty;
    ty = type_suffix(ty);
    size_t after = pos_;
    pos_ = inner;
    ty = declarator(ty, name);
    pos_ = after;
    return ty;
  }
  if (tok().kind == TokKind::Ident) {
    if (name) *name = tok();
    advance();
  } else if (name) {
    name->kind = TokKind::Eof;
    name->loc = tok().loc;
  }
  ty = type_suffix(ty);
  skip_attributes();
  return ty;
}

Type* Parser::abstract_declarator(Type* ty) { return declarator(ty, nullptr); }

// type-name = declspec abstract-declarator
Type* Parser::parse_type_name() {
  SourceLoc loc = tok().loc;
  Type* ty = declspec(nullptr);
  if (!ty) {
    error_at(loc, "expected a type");
    return ty_int_;
  }
  return abstract_declarator(ty);
}

// type-suffix = "(" func-params | "[" array-dimensions | ε
Type* Parser::type_suffix(Type* ty) {
  if (equal("(")) {
    advance();
    return func_params(ty);
  }
  if (equal("[")) {
    advance();
    return array_dims(ty);
  }
  return ty;
}

// func-params = ("void" | param ("," param)* ("," "...")?)? ")"
//             | ident ("," ident)* ")"           (old-style definition)
// param       = declspec declarator
Type* Parser::func_params(Type* ret) {
  SourceLoc loc = tok().loc;
  if (ret->kind == TypeKind::Array) error_at(loc, "function cannot return array type '" + type_name(ret) + "'");
  if (ret->kind == TypeKind::Func) error_at(loc, "function cannot return function type '" + type_name(ret) + "'");
  Type* fn = func_type(ret);
  kr_names_.clear();
  if (equal("void") && peek_tok(1).kind == TokKind::Punct && peek_tok(1).text == ")") {
    advance();
    advance();
    return fn;
  }
  if (consume(")")) {
    fn->has_proto = false;
    return fn;
  }
  if (tok().kind == TokKind::Ident && !is_typename(tok())) {
    // K&R identifier list; the types come in declarations before the body.
    fn->has_proto = false;
    while (!at_eof()) {
      kr_names_.push_back(get_ident());
      if (consume(")")) break;
      expect(",");
    }
    return fn;
  }
  std::vector<std::string> names;
  while (!at_eof()) {
    if (equal("...")) {
      advance();
      fn->is_variadic = true;
      expect(")");
      break;
    }
    SourceLoc ploc = tok().loc;
    VarAttr pattr;
    Type* pty = declspec(&pattr);
    if (!pty) {
      if (failed_) return fn;
      error_at(ploc, "expected parameter declarator");
      return fn;
    }
    Token name;
    pty = declarator(pty, &name);
    if (pty->kind == TypeKind::Array) pty = pointer_to(pty->base);
    else if (pty->kind == TypeKind::Func) pty = pointer_to(pty);
    if (pty->kind == TypeKind::Void) {
      error_at(ploc, "argument may not have 'void' type");
      return fn;
    }
    fn->params.push_back(pty);
    names.push_back(name.kind == TokKind::Ident ? name.text : std::string());
    if (consume(")")) break;
    expect(",");
  }
  kr_names_ = std::move(names);
  return fn;
}

// array-dimensions = ("static" | "restrict" | "const")* const-expr? "]" type-suffix
Type* Parser::array_dims(Type* ty) {
  while (equal("static") || equal("restrict") || equal("const") || equal("volatile")) advance();
  SourceLoc loc = tok().loc;
  int len = -1;
  if (!consume("]")) {
    Node* e = conditional();
    i64 v = 0;
    if (failed_) return ty;
    if (!eval(e, &v, nullptr, false)) {
      // A variable-length array (C99 6.7.6.2): only one variable dimension,
      // in a function.
      e = rvalue(e);
      if (!fn_) {
        error_at(loc, "variable length array declaration not allowed at file scope");
        return ty;
      }
      if (!is_integer(e->ty)) {
        error_at(loc, "size of array has non-integer type '" + type_name(e->ty) + "'");
        return ty;
      }
      expect("]");
      Type* inner = type_suffix(ty);
      if (inner->vla_len || inner->kind == TypeKind::Func || inner->kind == TypeKind::Void || inner->size == 0) {
        error_at(loc, "only one-dimensional variable length arrays of complete types are supported");
        return ty;
      }
      Type t;
      t.kind = TypeKind::Array;
      t.size = 4;
      t.align = 4;
      t.base = inner;
      t.array_len = -1;
      t.vla_len = new_cast(e, ty_uint_);
      return ast_.new_type(t);
    }
    if (v < 0) {
      error_at(loc, "array size is negative");
      return ty;
    }
    if (v > (1 << 28)) {
      error_at(loc, "array is too large");
      return ty;
    }
    len = int(v);
    expect("]");
  }
  Type* inner = type_suffix(ty);
  if (inner->kind == TypeKind::Func) {
    error_at(loc, "array of functions is not allowed");
    return ty;
  }
  if (inner->kind == TypeKind::Void) {
    error_at(loc, "array has incomplete element type 'void'");
    return ty;
  }
  if (i64(inner->size) * (len < 0 ? 0 : len) > (i64(1) << 30)) {
    error_at(loc, "array is too large");
    return ty;
  }
  return array_of(inner, len);
}

// struct-decl = attribute? ident? ("{" struct-members "}")? attribute?
Type* Parser::struct_union_decl(TypeKind k) {
  skip_attributes();
  std::string tag;
  SourceLoc loc = tok().loc;
  if (tok().kind == TokKind::Ident) {
    tag = tok().text;
    advance();
  }
  if (!tag.empty() && !equal("{")) {
    Type* t = find_tag(tag);
    if (t) {
      if (t->kind != k) {
        error_at(loc, "use of '" + tag + "' with tag type that does not match previous declaration");
        return t;
      }
      return t;
    }
    Type nt;
    nt.kind = k;
    nt.size = 0;
    nt.align = 1;
    nt.is_complete = false;
    nt.name = tag;
    Type* ty = ast_.new_type(nt);
    scopes_.back().tags[tag] = ty;
    return ty;
  }
  if (tag.empty() && !equal("{")) {
    expected("'{'");
    return ty_int_;
  }
  advance();  // "{"
  Type* ty = nullptr;
  if (!tag.empty()) {
    auto it = scopes_.back().tags.find(tag);
    if (it != scopes_.back().tags.end()) {
      if (it->second->is_complete) {
        error_at(loc, "redefinition of '" + tag + "'");
        return it->second;
      }
      ty = it->second;
    }
  }
  if (!ty) {
    Type nt;
    nt.kind = k;
    nt.name = tag;
    ty = ast_.new_type(nt);
    if (!tag.empty()) scopes_.back().tags[tag] = ty;
  }
  ty->kind = k;
  struct_members(ty);
  skip_attributes();
  return ty;
}

// struct-members = (declspec declarator (":" const-expr)? ("," ...)* ";")* "}"
void Parser::struct_members(Type* ty) {
  std::vector<Member> members;
  while (!at_eof() && !equal("}")) {
    if (equal("_Static_assert") || equal("static_assert")) {
      static_assertion();
      continue;
    }
    SourceLoc loc = tok().loc;
    VarAttr attr;
    Type* basety = declspec(&attr);
    if (!basety) {
      if (!failed_) error_at(loc, "type name requires a specifier or qualifier");
      return;
    }
    // Anonymous struct or union member.
    if ((basety->kind == TypeKind::Struct || basety->kind == TypeKind::Union) && consume(";")) {
      Member m;
      m.ty = basety;
      m.loc = loc;
      members.push_back(m);
      continue;
    }
    bool first = true;
    while (!at_eof() && !consume(";")) {
      if (!first) expect(",");
      first = false;
      Member m;
      Token name;
      m.ty = declarator(basety, &name);
      m.loc = name.kind == TokKind::Ident ? name.loc : loc;
      if (name.kind == TokKind::Ident) m.name = name.text;
      if (consume(":")) {
        SourceLoc wloc = tok().loc;
        i64 w = const_expr();
        if (!is_integer(m.ty)) {
          error_at(m.loc, "bit-field '" + m.name + "' has non-integral type '" + type_name(m.ty) + "'");
          return;
        }
        if (w < 0 || w > m.ty->size * 8 || m.ty->size > 4) {
          error_at(wloc, w < 0 ? "bit-field '" + m.name + "' has negative width" : "width of bit-field '" + m.name + "' exceeds the width of its type");
          return;
        }
        m.is_bitfield = true;
        m.bit_width = int(w);
      } else if (m.ty->kind == TypeKind::Func) {
        error_at(m.loc, "field '" + m.name + "' declared as a function");
        return;
      } else if ((m.ty->kind == TypeKind::Struct || m.ty->kind == TypeKind::Union) && !m.ty->is_complete) {
        error_at(m.loc, "field has incomplete type '" + type_name(m.ty) + "'");
        return;
      } else if (m.ty->kind == TypeKind::Void) {
        error_at(m.loc, "field has incomplete type 'void'");
        return;
      }
      if (attr.align > m.ty->align) m.align = attr.align;
      for (const Member& o : members)
        if (!m.name.empty() && o.name == m.name) {
          error_at(m.loc, "duplicate member '" + m.name + "'");
          return;
        }
      members.push_back(m);
    }
  }
  expect("}");
  if (failed_) return;
  // A flexible array member must be last.
  for (size_t i = 0; i < members.size(); ++i) {
    if (members[i].ty->kind == TypeKind::Array && members[i].ty->array_len < 0) {
      if (i + 1 != members.size() || ty->kind == TypeKind::Union) {
        error_at(members[i].loc, "flexible array member '" + members[i].name + "' not at end of struct");
        return;
      }
      ty->is_flexible = true;
    }
  }
  ty->members = std::move(members);
  layout_struct(ty);
}

// gcc's layout for ilp32 targets: members at their natural alignment;
// bit-fields packed into units of their declared type, never straddling one.
void Parser::layout_struct(Type* ty) {
  int align = 1;
  if (ty->kind == TypeKind::Union) {
    int size = 0;
    for (Member& m : ty->members) {
      m.offset = 0;
      if (m.ty->size > size) size = m.ty->size;
      if (m.ty->align > align) align = m.ty->align;
      if (m.align > align) align = m.align;
    }
    ty->align = align;
    ty->size = (size + align - 1) / align * align;
    ty->is_complete = true;
    return;
  }
  i64 bits = 0;
  for (Member& m : ty->members) {
    if (m.is_bitfield) {
      int unit = m.ty->size * 8;
      if (m.bit_width == 0) {
        bits = (bits + unit - 1) / unit * unit;
        continue;
      }
      if (bits / unit != (bits + m.bit_width - 1) / unit) bits = (bits + unit - 1) / unit * unit;
      m.offset = int(bits / 8) / m.ty->size * m.ty->size;
      m.bit_offset = int(bits - m.offset * 8);
      bits += m.bit_width;
    } else {
      int a = std::max(m.ty->align, m.align) * 8;
      bits = (bits + a - 1) / a * a;
      m.offset = int(bits / 8);
      bits += i64(m.ty->size) * 8;
    }
    if (m.ty->align > align && !(m.is_bitfield && m.name.empty())) align = m.ty->align;
    if (m.align > align) align = m.align;
  }
  ty->align = align;
  i64 bytes = (bits + 7) / 8;
  ty->size = int((bytes + align - 1) / align * align);
  ty->is_complete = true;
}

// enum-specifier = ident? "{" enum-list? "}" | ident
// enum-list      = ident ("=" const-expr)? ("," ident ("=" const-expr)?)* ","?
Type* Parser::enum_specifier() {
  skip_attributes();
  std::string tag;
  SourceLoc loc = tok().loc;
  if (tok().kind == TokKind::Ident) {
    tag = tok().text;
    advance();
  }
  if (!tag.empty() && !equal("{")) {
    Type* t = find_tag(tag);
    if (!t) {
      Type nt;
      nt.kind = TypeKind::Enum;
      nt.name = tag;
      t = ast_.new_type(nt);
      scopes_.back().tags[tag] = t;
    }
    if (t->kind != TypeKind::Enum) error_at(loc, "use of '" + tag + "' with tag type that does not match previous declaration");
    return t;
  }
  expect("{");
  Type nt;
  nt.kind = TypeKind::Enum;
  nt.name = tag;
  Type* ty = ast_.new_type(nt);
  i64 val = 0;
  while (!at_eof() && !consume("}")) {
    SourceLoc nloc = tok().loc;
    std::string name = get_ident();
    if (failed_) break;
    if (consume("=")) val = const_expr();
    auto& vars = scopes_.back().vars;
    if (vars.count(name)) {
      error_at(nloc, "redefinition of '" + name + "'");
      break;
    }
    VarScope& vs = vars[name];
    vs.enum_ty = ty;
    vs.enum_val = val++;
    if (!consume(",")) {
      expect("}");
      break;
    }
  }
  if (!tag.empty()) scopes_.back().tags[tag] = ty;
  return ty;
}

void Parser::static_assertion() {
  SourceLoc loc = tok().loc;
  advance();
  expect("(");
  i64 v = const_expr();
  std::string msg;
  if (consume(",")) {
    if (tok().kind != TokKind::Str) return expected("string literal");
    msg = tok().str;
    advance();
  }
  expect(")");
  expect(";");
  if (!failed_ && v == 0) error_at(loc, "static assertion failed" + (msg.empty() ? std::string() : ": " + msg));
}

// ---- initializers ----

std::unique_ptr<Init> Parser::new_init(Type* ty, bool growable_top) {
  auto init = std::make_unique<Init>();
  init->ty = ty;
  if (ty->kind == TypeKind::Array) {
    if (ty->array_len < 0 && growable_top) {
      init->growable = true;
      return init;
    }
    for (int i = 0; i < ty->array_len && i < (1 << 20); ++i) init->children.push_back(new_init(ty->base, false));
  } else if (ty->kind == TypeKind::Struct || ty->kind == TypeKind::Union) {
    for (Member& m : ty->members) {
      if (m.ty->kind == TypeKind::Array && m.ty->array_len < 0) {
        init->children.push_back(new_init(m.ty, true));
      } else {
        init->children.push_back(new_init(m.ty, false));
      }
    }
  }
  return init;
}

Init* Parser::array_child(Init* init, int i) {
  if (init->growable) {
    if (i > (1 << 20)) {
      error_at(tok().loc, "initializer is too large");
      return nullptr;
    }
    while (int(init->children.size()) <= i) init->children.push_back(new_init(init->ty->base, false));
  }
  if (i < 0 || i >= int(init->children.size())) return nullptr;
  return init->children[i].get();
}

void Parser::string_initializer(Init* init) {
  const Token& t = tok();
  std::string s = t.str;
  s.push_back('\0');
  if (init->growable) {
    for (size_t i = 0; i < s.size(); ++i) array_child(init, int(i));
  }
  int len = int(init->children.size());
  if (int(s.size()) - 1 > len) warn_at(t.loc, "initializer-string for char array is too long");
  for (int i = 0; i < len && i < int(s.size()); ++i) {
    Init* c = init->children[i].get();
    c->expr = new_num((unsigned char)s[i], t.loc);
  }
  advance();
}

// designation for arrays: "[" const-expr "]" ("[" ... | "." ident)* "="?
int Parser::designation_array(Init* init, int) {
  advance();  // "["
  SourceLoc loc = tok().loc;
  i64 idx = const_expr();
  expect("]");
  if (failed_) return 0;
  if (idx < 0 || (!init->growable && idx >= i64(init->children.size()))) {
    error_at(loc, "array designator index (" + std::to_string(idx) + ") exceeds array bounds (" +
                      std::to_string(init->children.size()) + ")");
    return 0;
  }
  return int(idx);
}

// A designator list inside a struct: .a.b[2] = value
bool Parser::designated_struct(Init* init, Type* ty, size_t& idx) {
  advance();  // "."
  SourceLoc loc = tok().loc;
  std::string name = get_ident();
  for (size_t i = 0; i < ty->members.size(); ++i) {
    if (ty->members[i].name == name) {
      idx = i;
      return true;
    }
    // Members of anonymous structs: descend (simplified: only one level).
    Member& m = ty->members[i];
    if (m.name.empty() && (m.ty->kind == TypeKind::Struct || m.ty->kind == TypeKind::Union)) {
      for (size_t j = 0; j < m.ty->members.size(); ++j) {
        if (m.ty->members[j].name == name) {
          idx = i;
          // Re-position: treat as ".anon.name"
          --pos_;
          --pos_;
          return true;
        }
      }
    }
  }
  if (!failed_) error_at(loc, "field designator '" + name + "' does not refer to any field in type '" + type_name(ty) + "'");
  return false;
}

// designation = ("[" const-expr "]" | "." ident)* "=" initializer
// (after the first designator, which the caller has consumed)
void Parser::designation(Init* init) {
  Depth d(*this, tok().loc);
  if (!d.ok) return;
  // After a nested designator (.a[1] = 2, 3), positional initializers
  // continue with the designated subobject's next element (C11 6.7.9p17)
  // until that aggregate is full; then the enclosing list goes on.
  auto more_positional = [&]() {
    if (failed_ || !equal(",")) return false;
    const Token& n = peek_tok(1);
    return !(n.kind == TokKind::Punct && (n.text == "}" || n.text == "." || n.text == "["));
  };
  if (equal("[") && init->ty->kind == TypeKind::Array) {
    int i = designation_array(init, 0);
    Init* c = array_child(init, i);
    if (!c) return;
    designation(c);
    while (!init->growable && i + 1 < int(init->children.size()) && more_positional()) {
      advance();
      initializer2(init->children[++i].get());
    }
    return;
  }
  if (equal(".") && (init->ty->kind == TypeKind::Struct || init->ty->kind == TypeKind::Union)) {
    size_t idx = 0;
    if (!designated_struct(init, init->ty, idx)) return;
    designation(init->children[idx].get());
    if (init->ty->kind == TypeKind::Union) return;
    const auto& ms = init->ty->members;
    for (;;) {
      size_t next = idx + 1;
      while (next < ms.size() && ms[next].is_bitfield && ms[next].name.empty()) ++next;
      if (next >= ms.size() || !more_positional()) break;
      advance();
      idx = next;
      initializer2(init->children[idx].get());
    }
    return;
  }
  expect("=");
  initializer2(init);
}

// array-initializer = "{" (designation? initializer ("," ...)*)? ","? "}" | initializer-list-elided
void Parser::array_initializer(Init* init) {
  bool braced = consume("{");
  int i = 0;
  bool first = true;
  while (!at_eof()) {
    if (braced && consume("}")) return;
    if (!first) {
      if (braced) {
        expect(",");
        if (consume("}")) return;
      } else {
        // Brace elision: stop when this sub-array is full or the list ends.
        if (!init->growable && i >= int(init->children.size())) return;
        if (equal("}") || !equal(",")) return;
        if (peek_tok(1).kind == TokKind::Punct && (peek_tok(1).text == "}" || peek_tok(1).text == "." )) return;
        if (peek_tok(1).kind == TokKind::Punct && peek_tok(1).text == "[") return;
        advance();
      }
    }
    first = false;
    if (braced && equal("[")) {
      i = designation_array(init, i);
      Init* c = array_child(init, i);
      if (!c) return;
      designation(c);
      ++i;
      continue;
    }
    Init* c = array_child(init, i);
    if (!c) {
      if (!braced) return;
      warn_at(tok().loc, "excess elements in array initializer");
      Init dummy;
      dummy.ty = init->ty->base;
      auto d = new_init(init->ty->base, false);
      initializer2(d.get());
      ++i;
      continue;
    }
    initializer2(c);
    ++i;
  }
}

// struct-initializer = "{" (designation? initializer ("," ...)*)? ","? "}" | elided list
void Parser::struct_initializer(Init* init) {
  Type* ty = init->ty;
  bool braced = consume("{");
  if (!braced && !at_eof()) {
    // An expression of the same struct type initializes it whole.
    size_t save = pos_;
    Node* e = assign();
    if (e->ty == ty) {
      init->expr = e;
      return;
    }
    pos_ = save;
  }
  size_t idx = 0;
  bool first = true;
  while (!at_eof()) {
    if (braced && consume("}")) return;
    if (!first) {
      if (braced) {
        expect(",");
        if (consume("}")) return;
      } else {
        if (idx >= ty->members.size() || !equal(",")) return;
        if (peek_tok(1).kind == TokKind::Punct && (peek_tok(1).text == "}" || peek_tok(1).text == "." || peek_tok(1).text == "["))
          return;
        advance();
      }
    }
    first = false;
    if (braced && equal(".")) {
      if (!designated_struct(init, ty, idx)) return;
      designation(init->children[idx].get());
      ++idx;
      continue;
    }
    // Unnamed bit-fields take no initializer (C11 6.7.9p9).
    while (idx < ty->members.size() && ty->members[idx].is_bitfield && ty->members[idx].name.empty()) ++idx;
    if (idx >= ty->members.size() || (ty->kind == TypeKind::Union && idx >= 1)) {
      if (!braced) return;
      warn_at(tok().loc, std::string("excess elements in ") + (ty->kind == TypeKind::Union ? "union" : "struct") + " initializer");
      auto d = new_init(ty_int_, false);
      initializer2(d.get());
      continue;
    }
    initializer2(init->children[idx].get());
    ++idx;
  }
}

// initializer = string-initializer | array-initializer | struct-initializer | "{" assign "}" | assign
void Parser::initializer2(Init* init) {
  Depth d(*this, tok().loc);
  if (!d.ok) return;
  Type* ty = init->ty;
  if (ty->kind == TypeKind::Array && ty->base->kind == TypeKind::Char && tok().kind == TokKind::Str) {
    string_initializer(init);
    return;
  }
  if (ty->kind == TypeKind::Array && ty->base->kind == TypeKind::Char && equal("{") &&
      peek_tok(1).kind == TokKind::Str) {
    advance();
    string_initializer(init);
    expect("}");
    return;
  }
  if (ty->kind == TypeKind::Array) {
    array_initializer(init);
    return;
  }
  if (ty->kind == TypeKind::Struct || ty->kind == TypeKind::Union) {
    if (!ty->is_complete) {
      error_at(tok().loc, "variable has incomplete type '" + type_name(ty) + "'");
      return;
    }
    struct_initializer(init);
    return;
  }
  if (consume("{")) {
    initializer2(init);
    while (consume(",") && !equal("}")) {
      warn_at(tok().loc, "excess elements in scalar initializer");
      assign();
    }
    expect("}");
    return;
  }
  SourceLoc loc = tok().loc;
  Node* e = assign();
  if (failed_) return;
  init->expr = convert_for_assign(e, ty, loc, "initializing");
}

std::unique_ptr<Init> Parser::initializer(Type* ty, Type** new_ty) {
  auto init = new_init(ty, true);
  initializer2(init.get());
  *new_ty = ty;
  if (ty->kind == TypeKind::Array && ty->array_len < 0) {
    *new_ty = array_of(ty->base, int(init->children.size()));
    init->ty = *new_ty;
  } else if ((ty->kind == TypeKind::Struct) && ty->is_flexible && !init->children.empty()) {
    // Flexible array member with an initializer: the object grows (gcc).
    Init* last = init->children.back().get();
    if (!last->children.empty()) {
      Type copy = *ty;
      copy.members.back().ty = array_of(ty->members.back().ty->base, int(last->children.size()));
      copy.size = ty->size + copy.members.back().ty->size;
      copy.size = (copy.size + copy.align - 1) / copy.align * copy.align;
      *new_ty = ast_.new_type(copy);
      last->ty = (*new_ty)->members.back().ty;
      init->ty = *new_ty;
    }
  }
  return init;
}

// Locals: zero the whole object, then store each initialized element.
Node* Parser::init_to_stores(Init* init, Type* ty, std::function<Node*()> addr, Node* acc, SourceLoc loc) {
  auto seq = [&](Node* a, Node* b) {
    if (!a) return b;
    Node* n = new_binary(NodeKind::Comma, a, b, loc);
    n->ty = b->ty;
    return n;
  };
  if (init->expr) {
    Node* lhs = new_deref(addr(), loc);
    if (ty->kind == TypeKind::Struct || ty->kind == TypeKind::Union) lhs->ty = ty;
    Node* n = new_binary(NodeKind::Assign, lhs, init->expr, loc);
    n->ty = ty;
    return seq(acc, n);
  }
  if (ty->kind == TypeKind::Array) {
    for (size_t i = 0; i < init->children.size(); ++i) {
      int off = int(i) * ty->base->size;
      Type* ety = ty->base;
      auto child_addr = [&, off, ety]() {
        Node* a = new_cast(addr(), pointer_to(ty_char_));
        Node* p = new_binary(NodeKind::Add, a, new_num(off, loc), loc);
        p->ty = a->ty;
        return new_cast(p, pointer_to(ety));
      };
      acc = init_to_stores(init->children[i].get(), ety, child_addr, acc, loc);
    }
    return acc;
  }
  if (ty->kind == TypeKind::Struct || ty->kind == TypeKind::Union) {
    for (size_t i = 0; i < init->children.size() && i < ty->members.size(); ++i) {
      Member* m = &ty->members[i];
      Init* c = init->children[i].get();
      if (m->is_bitfield) {
        if (!c->expr) continue;
        Node* base = new_deref(addr(), loc);
        base->ty = ty;
        Node* mem = new_unary(NodeKind::Member, base, loc);
        mem->member = m;
        mem->ty = m->ty;
        Node* n = new_binary(NodeKind::Assign, mem, c->expr, loc);
        n->ty = m->ty;
        acc = seq(acc, n);
        continue;
      }
      int off = m->offset;
      Type* mty = c->ty;
      auto child_addr = [&, off, mty]() {
        Node* a = new_cast(addr(), pointer_to(ty_char_));
        Node* p = new_binary(NodeKind::Add, a, new_num(off, loc), loc);
        p->ty = a->ty;
        return new_cast(p, pointer_to(mty));
      };
      acc = init_to_stores(c, mty, child_addr, acc, loc);
    }
    return acc;
  }
  return acc;
}

Node* Parser::lvar_initializer(Obj* var) {
  SourceLoc loc = tok().loc;
  Type* ty;
  auto init = initializer(var->ty, &ty);
  var->ty = ty;
  if (failed_) return new_num(0, loc);
  Node* zero = new_node(NodeKind::MemZero, loc);
  zero->var = var;
  zero->ty = ty_void_;
  auto addr = [&]() { return new_addr(new_var(var, loc), loc); };
  Node* stores = init_to_stores(init.get(), ty, addr, zero, loc);
  return stores;
}

// Globals: evaluate each element to bytes (and relocations for addresses).
void Parser::write_gvar_data(Init* init, Type* ty, Obj* var, int offset) {
  if (failed_) return;
  if (ty->kind == TypeKind::Array && !init->expr) {
    for (size_t i = 0; i < init->children.size(); ++i)
      write_gvar_data(init->children[i].get(), ty->base, var, offset + int(i) * ty->base->size);
    return;
  }
  if ((ty->kind == TypeKind::Struct || ty->kind == TypeKind::Union) && !init->expr) {
    for (size_t i = 0; i < init->children.size() && i < ty->members.size(); ++i) {
      Member& m = ty->members[i];
      Init* c = init->children[i].get();
      if (m.is_bitfield) {
        if (!c->expr) continue;
        i64 v = 0;
        if (!eval(c->expr, &v)) return;
        u8* p = var->init_data.data() + offset + m.offset;
        u32 unit = 0;
        for (int k = 0; k < m.ty->size; ++k) unit |= u32(p[k]) << (8 * k);
        u32 mask = (m.bit_width == 32 ? 0xffffffffu : ((1u << m.bit_width) - 1)) << m.bit_offset;
        unit = (unit & ~mask) | ((u32(v) << m.bit_offset) & mask);
        for (int k = 0; k < m.ty->size; ++k) p[k] = u8(unit >> (8 * k));
        continue;
      }
      write_gvar_data(c, c->ty, var, offset + m.offset);
      if (ty->kind == TypeKind::Union && c->expr) break;
    }
    return;
  }
  if (!init->expr) return;
  if (ty->kind == TypeKind::Struct || ty->kind == TypeKind::Union) {
    error_at(init->expr->loc, "initializer element is not a compile-time constant");
    return;
  }
  if ((int)var->init_data.size() < offset + ty->size) return;
  u8* p = var->init_data.data() + offset;
  if (is_flonum(ty)) {
    double d;
    if (!eval_double(init->expr, &d)) {
      error_at(init->expr->loc, "initializer element is not a compile-time constant");
      return;
    }
    if (ty->kind == TypeKind::Float) {
      float f = float(d);
      memcpy(p, &f, 4);
    } else {
      memcpy(p, &d, 8);
    }
    return;
  }
  std::string label;
  i64 v = 0;
  if (!eval(init->expr, &v, &label)) return;
  if (!label.empty()) {
    var->init_relocs.push_back({offset, label, v});
    return;
  }
  for (int k = 0; k < ty->size; ++k) p[k] = u8(u64(v) >> (8 * k));
}

void Parser::gvar_initializer(Obj* var) {
  Type* ty;
  auto init = initializer(var->ty, &ty);
  var->ty = ty;
  if (failed_) return;
  var->init_data.assign(ty->size, 0);
  var->has_init = true;
  write_gvar_data(init.get(), ty, var, 0);
}

// ---- constant expressions (C11 6.6) ----

i64 Parser::const_expr() {
  SourceLoc loc = tok().loc;
  Node* n = conditional();
  if (failed_) return 0;
  i64 v = 0;
  if (!eval(n, &v, nullptr, false)) {
    error_at(loc, "expression is not an integer constant expression");
    return 0;
  }
  return v;
}

bool Parser::eval_double(Node* n, double* out) {
  if (is_integer(n->ty)) {
    i64 v;
    if (!eval(n, &v, nullptr, false)) return false;
    *out = n->ty->is_unsigned ? double(u64(v)) : double(v);
    return true;
  }
  double a, b;
  switch (n->kind) {
    case NodeKind::Num: *out = n->fval; return true;
    case NodeKind::Add: if (!eval_double(n->lhs, &a) || !eval_double(n->rhs, &b)) return false; *out = a + b; return true;
    case NodeKind::Sub: if (!eval_double(n->lhs, &a) || !eval_double(n->rhs, &b)) return false; *out = a - b; return true;
    case NodeKind::Mul: if (!eval_double(n->lhs, &a) || !eval_double(n->rhs, &b)) return false; *out = a * b; return true;
    case NodeKind::Div: if (!eval_double(n->lhs, &a) || !eval_double(n->rhs, &b)) return false; *out = a / b; return true;
    case NodeKind::Neg: if (!eval_double(n->lhs, &a)) return false; *out = -a; return true;
    case NodeKind::Cast:
      if (!eval_double(n->lhs, &a)) return false;
      *out = n->ty->kind == TypeKind::Float ? double(float(a)) : a;
      return true;
    case NodeKind::Cond: {
      i64 c;
      if (!eval(n->cond, &c, nullptr, false)) return false;
      return eval_double(c ? n->then : n->els, out);
    }
    case NodeKind::Comma: return eval_double(n->rhs, out);
    default: return false;
  }
}

// The address of a global, an array element or a member: label + offset.
bool Parser::eval_addr(Node* n, i64* out, std::string* label) {
  switch (n->kind) {
    case NodeKind::Var:
      if (n->var->is_local || !label) return false;
      *label = n->var->label;
      *out = 0;
      return true;
    case NodeKind::Deref: return eval(n->lhs, out, label, false);
    case NodeKind::Member: {
      if (!eval_addr(n->lhs, out, label)) return false;
      *out += n->member->offset;
      return true;
    }
    default: return false;
  }
}

// Evaluates an integer (or address) constant. With `label`, the result may
// be label+offset; without, only plain integers are accepted.
bool Parser::eval(Node* n, i64* out, std::string* label, bool report) {
  auto fail = [&]() {
    if (report) error_at(n->loc, "initializer element is not a compile-time constant");
    return false;
  };
  if (is_flonum(n->ty)) {
    double d;
    if (!eval_double(n, &d)) return fail();
    *out = n->ty->is_unsigned ? i64(u64(d)) : i64(d);
    return true;
  }
  i64 a = 0, b = 0;
  auto two = [&]() { return eval(n->lhs, &a, label, report) && eval(n->rhs, &b, nullptr, report); };
  bool u = n->ty->is_unsigned;
  bool wide = n->ty->size == 8;
  auto wrap = [&](i64 v) -> i64 {
    if (wide || n->ty->kind == TypeKind::Ptr) return wide ? v : (u ? i64(u32(v)) : i64(i32(v)));
    return u ? i64(u32(v)) : i64(i32(v));
  };
  switch (n->kind) {
    case NodeKind::Num: *out = n->val; return true;
    case NodeKind::Add: if (!two()) return false; *out = wrap(a + b); return true;
    case NodeKind::Sub:
      if (n->lhs->ty->kind == TypeKind::Ptr && n->rhs->ty->kind == TypeKind::Ptr) return fail();
      if (!two()) return false;
      *out = wrap(a - b);
      return true;
    case NodeKind::Mul: if (!two()) return false; *out = wrap(i64(u64(a) * u64(b))); return true;
    case NodeKind::Div:
    case NodeKind::Mod:
      if (!eval(n->lhs, &a, nullptr, report) || !eval(n->rhs, &b, nullptr, report)) return false;
      if (b == 0) {
        if (report || true) error_at(n->loc, std::string(n->kind == NodeKind::Div ? "division" : "remainder") + " by zero in constant expression");
        return false;
      }
      if (u) *out = wrap(i64(n->kind == NodeKind::Div ? u64(a) / u64(b) : u64(a) % u64(b)));
      else if (b == -1) *out = n->kind == NodeKind::Div ? wrap(i64(0 - u64(a))) : 0;
      else *out = wrap(n->kind == NodeKind::Div ? a / b : a % b);
      return true;
    case NodeKind::BitAnd: if (!two()) return false; *out = wrap(a & b); return true;
    case NodeKind::BitOr: if (!two()) return false; *out = wrap(a | b); return true;
    case NodeKind::BitXor: if (!two()) return false; *out = wrap(a ^ b); return true;
    case NodeKind::Shl: if (!two()) return false; *out = wrap(i64(u64(a) << (b & 63))); return true;
    case NodeKind::Shr:
      if (!two()) return false;
      *out = u ? wrap(i64((wide ? u64(a) : u64(u32(a))) >> (b & 63))) : wrap(a >> (b & 63));
      return true;
    case NodeKind::Eq: case NodeKind::Ne: case NodeKind::Lt: case NodeKind::Le: {
      if (!eval(n->lhs, &a, nullptr, report) || !eval(n->rhs, &b, nullptr, report)) return false;
      bool lu = n->lhs->ty->is_unsigned;
      bool r;
      if (n->kind == NodeKind::Eq) r = a == b;
      else if (n->kind == NodeKind::Ne) r = a != b;
      else if (n->kind == NodeKind::Lt) r = lu ? u64(a) < u64(b) : a < b;
      else r = lu ? u64(a) <= u64(b) : a <= b;
      *out = r;
      return true;
    }
    case NodeKind::Cond:
      if (!eval(n->cond, &a, nullptr, report)) return false;
      return eval(a ? n->then : n->els, out, label, report);
    case NodeKind::Comma: return eval(n->rhs, out, label, report);
    case NodeKind::Not: if (!eval(n->lhs, &a, nullptr, report)) return false; *out = !a; return true;
    case NodeKind::BitNot: if (!eval(n->lhs, &a, nullptr, report)) return false; *out = wrap(~a); return true;
    case NodeKind::Neg: if (!eval(n->lhs, &a, nullptr, report)) return false; *out = wrap(i64(0 - u64(a))); return true;
    case NodeKind::LogAnd:
      if (!eval(n->lhs, &a, nullptr, report)) return false;
      if (!a) return *out = 0, true;
      if (!eval(n->rhs, &b, nullptr, report)) return false;
      *out = b != 0;
      return true;
    case NodeKind::LogOr:
      if (!eval(n->lhs, &a, nullptr, report)) return false;
      if (a) return *out = 1, true;
      if (!eval(n->rhs, &b, nullptr, report)) return false;
      *out = b != 0;
      return true;
    case NodeKind::Cast: {
      if (!eval(n->lhs, &a, label, report)) return false;
      if (label && !label->empty()) {
        *out = a;
        return true;
      }
      if (is_integer(n->ty) || n->ty->kind == TypeKind::Ptr) {
        switch (n->ty->size) {
          case 1: *out = n->ty->kind == TypeKind::Bool ? (a != 0) : n->ty->is_unsigned ? i64(u8(a)) : i64(i8(a)); return true;
          case 2: *out = n->ty->is_unsigned ? i64(u16(a)) : i64(i16(a)); return true;
          case 4: *out = n->ty->is_unsigned ? i64(u32(a)) : i64(i32(a)); return true;
          default: *out = a; return true;
        }
      }
      *out = a;
      return true;
    }
    case NodeKind::Addr:
      if (!label) return fail();
      return eval_addr(n->lhs, out, label) || fail();
    case NodeKind::Var:
      // An array or function name used as an address (after decay) is
      // handled by Addr; a plain variable's value is not a constant.
      if (label && (n->ty->kind == TypeKind::Array || n->ty->kind == TypeKind::Func) && !n->var->is_local) {
        *label = n->var->label;
        *out = 0;
        return true;
      }
      return fail();
    case NodeKind::Member:
      if (label && n->ty->kind == TypeKind::Array) return eval_addr(n, out, label) || fail();
      return fail();
    default: return fail();
  }
}

// ---- statements ----

Obj* Parser::string_literal(const std::string& s, SourceLoc loc) {
  Type* ty = array_of(ty_char_, int(s.size()) + 1);
  Obj* v = new_anon_gvar(ty);
  v->label = ".L.str." + std::to_string(anon_count_ - 1);
  v->has_init = true;
  v->is_readonly = true;
  v->init_data.assign(s.begin(), s.end());
  v->init_data.push_back(0);
  v->loc = loc;
  return v;
}

// compound-stmt = "{" (typedef | declaration | stmt)* "}"
Node* Parser::compound_stmt(SourceLoc loc, bool new_scope) {
  Node* n = new_node(NodeKind::Block, loc);
  Depth d(*this, loc);
  if (!d.ok) return n;
  if (new_scope) enter_scope();
  block_stack_.push_back(n);
  StmtState st = stmt_state();
  for (;;) {
    if (failed_ && !recover(st, false)) break;
    if (at_eof() || equal("}")) break;
    st = stmt_state();
    if (equal("_Static_assert") || equal("static_assert")) {
      static_assertion();
      continue;
    }
    bool decl = is_typename(tok()) && !(peek_tok(1).kind == TokKind::Punct && peek_tok(1).text == ":");
    if (decl) {
      VarAttr attr;
      Type* basety = declspec(&attr);
      if (attr.is_typedef) {
        parse_typedef(basety);
        continue;
      }
      if (attr.is_extern || (attr.is_static)) {
        // Block-scope extern/static: a global with a private label for statics.
        SourceLoc dloc = tok().loc;
        while (!at_eof()) {
          Token name;
          Type* ty = declarator(basety, &name);
          if (name.kind != TokKind::Ident) {
            error_at(dloc, "expected identifier");
            break;
          }
          if (attr.is_extern || ty->kind == TypeKind::Func) {
            VarScope* g = nullptr;
            auto it = scopes_.front().vars.find(name.text);
            if (it != scopes_.front().vars.end()) g = &it->second;
            Obj* v = g && g->var ? g->var : nullptr;
            if (!v) {
              v = ast_.new_obj();
              v->name = v->label = name.text;
              v->ty = ty;
              v->loc = name.loc;
              v->is_function = ty->kind == TypeKind::Func;
              ast_.globals.push_back(v);
              scopes_.front().vars[name.text].var = v;
            }
            scopes_.back().vars[name.text].var = v;
          } else {
            Obj* v = ast_.new_obj();
            v->name = name.text;
            v->label = name.text + ".static." + std::to_string(anon_count_++);
            v->ty = ty;
            v->loc = name.loc;
            v->is_static = true;
            v->is_definition = true;
            ast_.globals.push_back(v);
            scopes_.back().vars[name.text].var = v;
            if (consume("=")) gvar_initializer(v);
            else if (ty->kind == TypeKind::Array && ty->array_len < 0) error_at(name.loc, "definition of variable with array type needs an explicit size or an initializer");
            if (!block_stack_.empty()) block_stack_.back()->scope.push_back(v);
          }
          if (!consume(",")) break;
        }
        expect(";");
        continue;
      }
      Node* dn = declaration(basety, &attr);
      if (dn) n->body.push_back(dn);
      continue;
    }
    Node* s = stmt();
    if (s) n->body.push_back(s);
  }
  block_stack_.pop_back();
  if (new_scope) leave_scope();
  expect("}");
  return n;
}

// declaration = declspec (declarator ("=" initializer)? ("," ...)*)? ";"
Node* Parser::declaration(Type* basety, VarAttr* attr) {
  SourceLoc loc = tok().loc;
  Node* block = new_node(NodeKind::Block, loc);
  if (!basety) {
    warn_at(loc, "type specifier missing, defaults to 'int'");
    basety = ty_int_;
  }
  bool first = true;
  while (!at_eof() && !equal(";")) {
    if (!first && !consume(",")) break;
    first = false;
    Token name;
    Type* ty = declarator(basety, &name);
    if (failed_) break;
    if (name.kind != TokKind::Ident) {
      error_at(name.loc, "expected identifier or '('");
      break;
    }
    if (ty->kind == TypeKind::Void) {
      error_at(name.loc, "variable has incomplete type 'void'");
      break;
    }
    if (ty->kind == TypeKind::Func) {
      // A local function declaration refers to the global function.
      auto it = scopes_.front().vars.find(name.text);
      Obj* v = it != scopes_.front().vars.end() ? it->second.var : nullptr;
      if (!v) {
        v = ast_.new_obj();
        v->name = v->label = name.text;
        v->ty = ty;
        v->is_function = true;
        v->loc = name.loc;
        ast_.globals.push_back(v);
        scopes_.front().vars[name.text].var = v;
      }
      scopes_.back().vars[name.text].var = v;
      continue;
    }
    auto& cur = scopes_.back().vars;
    auto it = cur.find(name.text);
    if (it != cur.end() && (it->second.var || it->second.enum_ty)) {
      error_at(name.loc, "redefinition of '" + name.text + "'");
      break;
    }
    if (ty->vla_len) {
      if (equal("=")) {
        error_at(tok().loc, "variable-sized object may not be initialized");
        break;
      }
      // size = len * sizeof(elem); then allocate on the stack.
      Obj* size = new_lvar("", ty_uint_, name.loc);
      Type copy = *ty;
      copy.vla_size = size;
      ty = ast_.new_type(copy);
      Obj* v = new_lvar(name.text, ty, name.loc);
      Node* set = new_assign(new_var(size, name.loc),
                             arith(NodeKind::Mul, ty->vla_len, new_num(ty->base->size, name.loc, ty_uint_), name.loc), name.loc);
      Node* alloc = new_node(NodeKind::VlaAlloc, name.loc);
      alloc->var = v;
      alloc->lhs = set;
      alloc->ty = ty_void_;
      Node* es = new_node(NodeKind::ExprStmt, name.loc);
      es->lhs = alloc;
      block->body.push_back(es);
      if (!block_stack_.empty()) block_stack_.back()->val = 1;  // the block allocates: restore sp at its end
      continue;
    }
    Obj* v = new_lvar(name.text, ty, name.loc);
    if (attr && attr->align) v->align = attr->align;
    if (consume("=")) {
      Node* init = lvar_initializer(v);
      Node* es = new_node(NodeKind::ExprStmt, name.loc);
      es->lhs = init;
      block->body.push_back(es);
    } else if (ty->kind == TypeKind::Array && ty->array_len < 0) {
      error_at(name.loc, "definition of variable with array type needs an explicit size or an initializer");
      break;
    } else if ((ty->kind == TypeKind::Struct || ty->kind == TypeKind::Union) && !ty->is_complete) {
      error_at(name.loc, "variable has incomplete type '" + type_name(ty) + "'");
      break;
    }
  }
  expect(";");
  return block;
}

void Parser::parse_typedef(Type* basety) {
  if (!basety) basety = ty_int_;
  bool first = true;
  while (!at_eof() && !consume(";")) {
    if (!first && !consume(",")) return expect(";");
    first = false;
    Token name;
    Type* ty = declarator(basety, &name);
    if (failed_) return;
    if (name.kind != TokKind::Ident) {
      error_at(name.loc, "expected identifier or '('");
      return;
    }
    auto& vars = scopes_.back().vars;
    auto it = vars.find(name.text);
    if (it != vars.end() && it->second.type_def && !same_type(it->second.type_def, ty)) {
      error_at(name.loc, "typedef redefinition with different types ('" + type_name(ty) + "' vs '" +
                             type_name(it->second.type_def) + "')");
      return;
    }
    if (it != vars.end() && it->second.var) {
      error_at(name.loc, "redefinition of '" + name.text + "' as different kind of symbol");
      return;
    }
    vars[name.text].type_def = ty;
  }
}

Node* Parser::expr_stmt() {
  SourceLoc loc = tok().loc;
  if (consume(";")) return new_node(NodeKind::Block, loc);
  Node* n = new_node(NodeKind::ExprStmt, loc);
  n->lhs = expr();
  expect(";");
  return n;
}

// stmt = "return" expr? ";" | "if" "(" expr ")" stmt ("else" stmt)?
//      | "switch" "(" expr ")" stmt | "case" const-expr ("..." const-expr)? ":" stmt
//      | "default" ":" stmt | "for" "(" expr-stmt expr? ";" expr? ")" stmt
//      | "while" "(" expr ")" stmt | "do" stmt "while" "(" expr ")" ";"
//      | "goto" (ident | "*" expr) ";" | "break" ";" | "continue" ";"
//      | ident ":" stmt | "{" compound-stmt | expr-stmt
Node* Parser::stmt() {
  const Token& t = tok();
  SourceLoc loc = t.loc;
  Depth d(*this, loc);
  if (!d.ok) return nullptr;
  if (equal("return")) {
    advance();
    Node* n = new_node(NodeKind::Return, loc);
    Type* ret = fn_->ty->ret;
    if (consume(";")) {
      if (ret->kind != TypeKind::Void)
        warn_at(loc, "non-void function '" + fn_->name + "' should return a value");
      return n;
    }
    Node* e = expr();
    expect(";");
    if (failed_) return n;
    if (ret->kind == TypeKind::Void) {
      if (rvalue(e)->ty->kind != TypeKind::Void) warn_at(loc, "void function '" + fn_->name + "' should not return a value");
      n->lhs = e;
      return n;
    }
    n->lhs = convert_for_assign(e, ret, e->loc, "returning");
    return n;
  }
  if (equal("if")) {
    advance();
    Node* n = new_node(NodeKind::If, loc);
    expect("(");
    n->cond = to_bool_cond(expr());
    expect(")");
    n->then = stmt();
    if (consume("else")) n->els = stmt();
    return n;
  }
  if (equal("switch")) {
    advance();
    Node* n = new_node(NodeKind::Switch, loc);
    expect("(");
    Node* c = rvalue(expr());
    expect(")");
    if (failed_) return n;
    if (!is_integer(c->ty)) {
      error_at(c->loc, "statement requires expression of integer type ('" + type_name(c->ty) + "' invalid)");
      return n;
    }
    n->cond = new_cast(c, promote(c->ty));
    Node* saved_sw = switch_;
    int saved_brk = brk_;
    switch_ = n;
    n->brk_id = brk_ = ast_.label_count++;
    n->then = stmt();
    switch_ = saved_sw;
    brk_ = saved_brk;
    return n;
  }
  if (equal("case")) {
    advance();
    if (!switch_) {
      error_at(loc, "'case' statement not in switch statement");
      return nullptr;
    }
    Node* n = new_node(NodeKind::Case, loc);
    i64 lo = const_expr(), hi = lo;
    if (consume("...")) hi = const_expr();
    expect(":");
    if (failed_) return n;
    Type* sty = switch_->cond->ty;
    auto conv = [&](i64 v) { return sty->size == 8 ? v : sty->is_unsigned ? i64(u32(v)) : i64(i32(v)); };
    n->val = conv(lo);
    n->val_hi = conv(hi);
    for (Node* c : switch_->cases) {
      if (n->val <= c->val_hi && c->val <= n->val_hi) {
        error_at(loc, "duplicate case value '" + std::to_string(n->val) + "'");
        return n;
      }
    }
    n->label_id = ast_.label_count++;
    switch_->cases.push_back(n);
    if (equal("}")) {
      warn_at(tok().loc, "label at end of compound statement: expected statement");
      n->lhs = new_node(NodeKind::Block, loc);
      return n;
    }
    n->lhs = stmt();
    return n;
  }
  if (equal("default")) {
    advance();
    if (!switch_) {
      error_at(loc, "'default' statement not in switch statement");
      return nullptr;
    }
    expect(":");
    Node* n = new_node(NodeKind::Case, loc);
    if (switch_->default_case) {
      error_at(loc, "multiple default labels in one switch");
      return n;
    }
    n->label_id = ast_.label_count++;
    switch_->default_case = n;
    if (equal("}")) {
      n->lhs = new_node(NodeKind::Block, loc);
      return n;
    }
    n->lhs = stmt();
    return n;
  }
  if (equal("for")) {
    advance();
    Node* n = new_node(NodeKind::For, loc);
    expect("(");
    enter_scope();
    Node* scope_block = new_node(NodeKind::Block, loc);
    block_stack_.push_back(scope_block);
    int saved_brk = brk_, saved_cont = cont_;
    n->brk_id = brk_ = ast_.label_count++;
    n->cont_id = cont_ = ast_.label_count++;
    if (is_typename(tok())) {
      VarAttr attr;
      Type* basety = declspec(&attr);
      n->init = declaration(basety, &attr);
    } else {
      n->init = expr_stmt();
    }
    if (!equal(";")) n->cond = to_bool_cond(expr());
    expect(";");
    if (!equal(")")) n->inc = expr();
    expect(")");
    n->then = stmt();
    brk_ = saved_brk;
    cont_ = saved_cont;
    block_stack_.pop_back();
    leave_scope();
    n->body.push_back(scope_block);  // carries the scope of the init variables
    return n;
  }
  if (equal("while")) {
    advance();
    Node* n = new_node(NodeKind::For, loc);
    expect("(");
    n->cond = to_bool_cond(expr());
    expect(")");
    int saved_brk = brk_, saved_cont = cont_;
    n->brk_id = brk_ = ast_.label_count++;
    n->cont_id = cont_ = ast_.label_count++;
    n->then = stmt();
    brk_ = saved_brk;
    cont_ = saved_cont;
    return n;
  }
  if (equal("do")) {
    advance();
    Node* n = new_node(NodeKind::Do, loc);
    int saved_brk = brk_, saved_cont = cont_;
    n->brk_id = brk_ = ast_.label_count++;
    n->cont_id = cont_ = ast_.label_count++;
    n->then = stmt();
    brk_ = saved_brk;
    cont_ = saved_cont;
    expect("while");
    expect("(");
    n->cond = to_bool_cond(expr());
    expect(")");
    expect(";");
    return n;
  }
  if (equal("goto")) {
    advance();
    if (consume("*")) {
      Node* n = new_node(NodeKind::GotoExpr, loc);
      n->lhs = rvalue(expr());
      expect(";");
      return n;
    }
    Node* n = new_node(NodeKind::Goto, loc);
    SourceLoc lloc = tok().loc;
    n->label = get_ident();
    gotos_.push_back({n->label, lloc});
    expect(";");
    return n;
  }
  // break and continue: a jump to the innermost target, if there is one.
  auto jump_to = [&](int target, const char* outside) -> Node* {
    advance();
    if (target < 0) {
      error_at(loc, outside);
      return nullptr;
    }
    Node* n = new_node(NodeKind::Goto, loc);
    n->label_id = target;
    expect(";");
    return n;
  };
  if (equal("break")) return jump_to(brk_, "'break' statement not in loop or switch statement");
  if (equal("continue")) return jump_to(cont_, "'continue' statement not in loop statement");
  if (t.kind == TokKind::Ident && peek_tok(1).kind == TokKind::Punct && peek_tok(1).text == ":") {
    Node* n = new_node(NodeKind::Label, loc);
    n->label = t.text;
    if (labels_.count(n->label)) {
      error_at(loc, "redefinition of label '" + n->label + "'");
      return n;
    }
    n->label_id = ast_.label_count++;
    labels_[n->label] = n->label_id;
    advance();
    advance();
    if (equal("}")) {
      n->lhs = new_node(NodeKind::Block, loc);
      return n;
    }
    n->lhs = stmt();
    return n;
  }
  if (equal("{")) {
    advance();
    return compound_stmt(loc);
  }
  if (t.kind == TokKind::Ident && peek_tok(1).kind == TokKind::Ident && !find_var(t.text)) {
    error_at(loc, "unknown type name '" + t.text + "'");
    return nullptr;
  }
  return expr_stmt();
}

// ---- expressions ----

// expr = assign ("," expr)?
Node* Parser::expr() {
  Node* n = assign();
  while (!at_eof() && equal(",")) {
    SourceLoc loc = tok().loc;
    advance();
    Node* r = assign();
    n = new_binary(NodeKind::Comma, n, rvalue(r), loc);
    n->ty = n->rhs->ty;
  }
  return n;
}

// assign = conditional (assign-op assign)?
// assign-op = "=" | "+=" | "-=" | "*=" | "/=" | "%=" | "&=" | "|=" | "^=" | "<<=" | ">>="
Node* Parser::assign() {
  Depth d(*this, tok().loc);
  if (!d.ok) return new_num(0, tok().loc);
  Node* n = conditional();
  if (failed_) return n;
  SourceLoc loc = tok().loc;
  static const std::pair<const char*, NodeKind> ops[] = {
      {"+=", NodeKind::Add}, {"-=", NodeKind::Sub}, {"*=", NodeKind::Mul}, {"/=", NodeKind::Div},
      {"%=", NodeKind::Mod}, {"&=", NodeKind::BitAnd}, {"|=", NodeKind::BitOr}, {"^=", NodeKind::BitXor},
      {"<<=", NodeKind::Shl}, {">>=", NodeKind::Shr}};
  if (equal("=")) {
    advance();
    Node* r = assign();
    if (failed_) return n;
    return new_assign(n, r, loc);
  }
  for (auto& op : ops) {
    if (equal(op.first)) {
      advance();
      Node* r = assign();
      if (failed_) return n;
      return compound_assign(op.second, n, r, loc);
    }
  }
  return n;
}

// conditional = logor ("?" expr? ":" conditional)?
Node* Parser::conditional() {
  Node* c = binary_expr(1);
  if (!equal("?") || failed_) return c;
  SourceLoc loc = tok().loc;
  advance();
  Node* n = new_node(NodeKind::Cond, loc);
  Node* pre = nullptr;  // GNU a ?: b is (tmp = a, tmp ? tmp : b): a evaluated once
  Node* a;
  if (equal(":")) {
    advance();
    Node* cv = to_bool_cond(c);
    if (failed_) return n;
    Obj* tmp = new_lvar("", cv->ty, loc);
    pre = new_assign(new_var(tmp, loc), cv, loc);
    n->cond = new_var(tmp, loc);
    a = new_var(tmp, loc);
  } else {
    n->cond = to_bool_cond(c);
    a = rvalue(expr());
    expect(":");
  }
  Node* b = rvalue(conditional());
  if (failed_) return n;
  if (a->ty->kind == TypeKind::Void || b->ty->kind == TypeKind::Void) {
    n->ty = ty_void_;
  } else if (is_numeric(a->ty) && is_numeric(b->ty)) {
    n->ty = common_type(a->ty, b->ty);
    a = new_cast(a, n->ty);
    b = new_cast(b, n->ty);
  } else if (a->ty->kind == TypeKind::Ptr || b->ty->kind == TypeKind::Ptr) {
    Type* pt = a->ty->kind == TypeKind::Ptr ? a->ty : b->ty;
    if (a->ty->kind == TypeKind::Ptr && b->ty->kind == TypeKind::Ptr && a->ty->base->kind == TypeKind::Void) pt = b->ty;
    if (a->ty->kind == TypeKind::Ptr && b->ty->kind == TypeKind::Ptr && b->ty->base->kind == TypeKind::Void) pt = a->ty;
    if (!(is_integer(a->ty) || a->ty->kind == TypeKind::Ptr) || !(is_integer(b->ty) || b->ty->kind == TypeKind::Ptr)) {
      error_at(loc, "incompatible operand types ('" + type_name(a->ty) + "' and '" + type_name(b->ty) + "')");
      return n;
    }
    n->ty = pt;
    a = new_cast(a, pt);
    b = new_cast(b, pt);
  } else if (a->ty == b->ty) {
    n->ty = a->ty;
  } else {
    error_at(loc, "incompatible operand types ('" + type_name(a->ty) + "' and '" + type_name(b->ty) + "')");
    return n;
  }
  n->then = a;
  n->els = b;
  if (pre) {
    Node* seq = new_binary(NodeKind::Comma, pre, n, loc);
    seq->ty = n->ty;
    return seq;
  }
  return n;
}

// Binary operators by precedence climbing:
// logor < logand < bitor < bitxor < bitand < equality < relational < shift < add < mul
Node* Parser::binary_expr(int min_prec) {
  struct Op {
    const char* s;
    int prec;
  };
  static const Op ops[] = {{"||", 1}, {"&&", 2}, {"|", 3}, {"^", 4}, {"&", 5}, {"==", 6}, {"!=", 6},
                           {"<", 7},  {">", 7},  {"<=", 7}, {">=", 7}, {"<<", 8}, {">>", 8}, {"+", 9},
                           {"-", 9},  {"*", 10}, {"/", 10}, {"%", 10}};
  Node* l = cast_expr();
  while (!failed_) {
    const Token& t = tok();
    if (t.kind != TokKind::Punct) break;
    const Op* op = nullptr;
    for (const Op& o : ops)
      if (t.text == o.s) op = &o;
    if (!op || op->prec < min_prec) break;
    SourceLoc loc = t.loc;
    std::string s = op->s;
    advance();
    Depth d(*this, loc);
    if (!d.ok) break;
    Node* r = binary_expr(op->prec + 1);
    if (failed_) break;
    if (s == "||" || s == "&&") {
      Node* n = new_binary(s == "||" ? NodeKind::LogOr : NodeKind::LogAnd, to_bool_cond(l), to_bool_cond(r), loc);
      n->ty = ty_int_;
      l = n;
    } else if (s == "+") l = new_add(l, r, loc);
    else if (s == "-") l = new_sub(l, r, loc);
    else if (s == "*") l = arith(NodeKind::Mul, l, r, loc);
    else if (s == "/") l = arith(NodeKind::Div, l, r, loc);
    else if (s == "%") l = arith(NodeKind::Mod, l, r, loc);
    else if (s == "&") l = arith(NodeKind::BitAnd, l, r, loc);
    else if (s == "|") l = arith(NodeKind::BitOr, l, r, loc);
    else if (s == "^") l = arith(NodeKind::BitXor, l, r, loc);
    else if (s == "<<") l = arith(NodeKind::Shl, l, r, loc);
    else if (s == ">>") l = arith(NodeKind::Shr, l, r, loc);
    else if (s == "==") l = new_compare(NodeKind::Eq, l, r, loc);
    else if (s == "!=") l = new_compare(NodeKind::Ne, l, r, loc);
    else if (s == "<") l = new_compare(NodeKind::Lt, l, r, loc);
    else if (s == "<=") l = new_compare(NodeKind::Le, l, r, loc);
    else if (s == ">") l = new_compare(NodeKind::Lt, r, l, loc);
    else l = new_compare(NodeKind::Le, r, l, loc);
  }
  return l;
}

// cast = "(" type-name ")" (cast | "{" initializer-list "}") | unary
Node* Parser::cast_expr() {
  if (equal("(") && is_typename(peek_tok(1))) {
    SourceLoc loc = tok().loc;
    advance();
    Type* ty = parse_type_name();
    expect(")");
    if (failed_) return new_num(0, loc);
    if (equal("{")) return postfix(compound_literal(ty, loc));
    Depth d(*this, loc);
    if (!d.ok) return new_num(0, loc);
    Node* e = rvalue(cast_expr());
    if (failed_) return e;
    if (ty->kind == TypeKind::Void) {
      Node* n = new_cast(e, ty);
      if (n == e) return e;
      return n;
    }
    if (!is_scalar(ty) || !is_scalar(e->ty)) {
      if (ty->kind == TypeKind::Struct || ty->kind == TypeKind::Union || ty->kind == TypeKind::Array)
        error_at(loc, "used type '" + type_name(ty) + "' where arithmetic or pointer type is required");
      else
        error_at(loc, "operand of type '" + type_name(e->ty) + "' where arithmetic or pointer type is required");
      return e;
    }
    if (is_flonum(ty) && e->ty->kind == TypeKind::Ptr) {
      error_at(loc, "pointer cannot be cast to type '" + type_name(ty) + "'");
      return e;
    }
    if (ty->kind == TypeKind::Ptr && is_flonum(e->ty)) {
      error_at(loc, "operand of type '" + type_name(e->ty) + "' cannot be cast to a pointer type");
      return e;
    }
    Node* n = new_node(NodeKind::Cast, loc);
    n->lhs = e;
    n->ty = ty;
    return n;
  }
  return unary();
}

Node* Parser::compound_literal(Type* ty, SourceLoc loc) {
  if (!fn_) {
    Obj* v = new_anon_gvar(ty);
    gvar_initializer(v);
    return new_var(v, loc);
  }
  Obj* v = new_lvar("", ty, loc);
  Node* init = lvar_initializer(v);
  Node* n = new_binary(NodeKind::Comma, init, new_var(v, loc), loc);
  n->ty = v->ty;
  // The comma yields the object itself (an lvalue in C); model as deref of its address.
  Node* addr = new_addr(new_var(v, loc), loc);
  Node* seq = new_binary(NodeKind::Comma, init, addr, loc);
  seq->ty = addr->ty;
  return new_deref(seq, loc);
}

// unary = ("+" | "-" | "*" | "&" | "!" | "~") cast | ("++" | "--") unary
//       | "sizeof" (unary | "(" type-name ")") | "_Alignof" "(" type-name ")" | "&&" ident | postfix
Node* Parser::unary() {
  const Token& t = tok();
  SourceLoc loc = t.loc;
  Depth d(*this, loc);
  if (!d.ok) return new_num(0, loc);
  if (t.kind == TokKind::Punct) {
    std::string s = t.text;
    if (s == "+" || s == "-" || s == "!" || s == "~") {
      advance();
      Node* e = rvalue(cast_expr());
      if (failed_) return e;
      if (s == "!") {
        Node* n = new_unary(NodeKind::Not, to_bool_cond(e), loc);
        n->ty = ty_int_;
        return n;
      }
      if (!is_numeric(e->ty) || (s == "~" && !is_integer(e->ty))) {
        error_at(loc, "invalid argument type '" + type_name(e->ty) + "' to unary expression");
        return e;
      }
      e = new_cast(e, promote(e->ty));
      if (s == "+") return e;
      Node* n = new_unary(s == "-" ? NodeKind::Neg : NodeKind::BitNot, e, loc);
      n->ty = e->ty;
      return n;
    }
    if (s == "*") {
      advance();
      Node* e = cast_expr();
      if (failed_) return e;
      return new_deref(e, loc);
    }
    if (s == "&") {
      advance();
      Node* e = cast_expr();
      if (failed_) return e;
      return new_addr(e, loc);
    }
    if (s == "++" || s == "--") {
      advance();
      Node* e = unary();
      if (failed_) return e;
      return inc_dec(e, s == "++" ? 1 : -1, false, loc);
    }
    if (s == "&&") {
      // GNU labels as values
      advance();
      Node* n = new_node(NodeKind::LabelVal, loc);
      n->label = get_ident();
      gotos_.push_back({n->label, loc});
      n->ty = pointer_to(ty_void_);
      return n;
    }
  }
  if (equal("sizeof")) {
    advance();
    Type* ty;
    if (equal("(") && is_typename(peek_tok(1))) {
      advance();
      ty = parse_type_name();
      expect(")");
      if (equal("{")) {
        ty = postfix(compound_literal(ty, loc))->ty;
      }
    } else {
      ty = unary()->ty;
    }
    if (failed_) return new_num(0, loc);
    if (ty->vla_len && ty->vla_size) return new_var(ty->vla_size, loc);
    if (ty->kind == TypeKind::Func) {
      error_at(loc, "invalid application of 'sizeof' to a function type");
      return new_num(0, loc);
    }
    if (((ty->kind == TypeKind::Struct || ty->kind == TypeKind::Union) && !ty->is_complete) ||
        (ty->kind == TypeKind::Array && ty->array_len < 0) || ty->kind == TypeKind::Void) {
      if (ty->kind == TypeKind::Void) return new_num(1, loc, ty_uint_);
      error_at(loc, "invalid application of 'sizeof' to an incomplete type '" + type_name(ty) + "'");
      return new_num(0, loc);
    }
    return new_num(ty->size, loc, ty_uint_);
  }
  if (equal("_Alignof")) {
    advance();
    expect("(");
    Type* ty = is_typename(tok()) ? parse_type_name() : expr()->ty;
    expect(")");
    return new_num(ty->align, loc, ty_uint_);
  }
  return postfix();
}

Node* Parser::funcall(Node* fn, SourceLoc loc) {
  Node* f = rvalue(fn);
  Type* fty = nullptr;
  if (f->ty->kind == TypeKind::Ptr && f->ty->base->kind == TypeKind::Func) fty = f->ty->base;
  if (!fty) {
    error_at(loc, "called object type '" + type_name(f->ty) + "' is not a function or function pointer");
    return fn;
  }
  std::vector<Node*> args;
  while (!at_eof() && !equal(")")) {
    if (!args.empty()) expect(",");
    args.push_back(assign());
  }
  SourceLoc rparen = tok().loc;
  expect(")");
  if (failed_) return fn;
  size_t np = fty->params.size();
  std::string fname = fn->kind == NodeKind::Var ? fn->var->name : std::string();
  if (fty->has_proto) {
    if (args.size() < np) {
      error_at(rparen, "too few arguments to function call, expected " + std::to_string(np) + ", have " +
                        std::to_string(args.size()));
      return fn;
    }
    if (args.size() > np && !fty->is_variadic) {
      error_at(args[np]->loc, "too many arguments to function call, expected " + std::to_string(np) + ", have " +
                                  std::to_string(args.size()));
      return fn;
    }
  }
  Node* n = new_node(NodeKind::FunCall, loc);
  n->lhs = f;
  n->func_ty = fty;
  n->ty = fty->ret;
  for (size_t i = 0; i < args.size(); ++i) {
    Node* a = rvalue(args[i]);
    if (i < np && fty->has_proto) {
      a = convert_for_assign(a, fty->params[i], a->loc, "passing");
    } else {
      if (a->ty->kind == TypeKind::Void) {
        error_at(a->loc, "argument type 'void' is incomplete");
        return fn;
      }
      // Default argument promotions (C11 6.5.2.2p6).
      if (a->ty->kind == TypeKind::Float) a = new_cast(a, ty_double_);
      else if (is_integer(a->ty)) a = new_cast(a, promote(a->ty));
    }
    n->body.push_back(a);
  }
  // printf-family format checks (gcc's -Wformat, the common cases).
  if ((fname == "printf" || fname == "fprintf" || fname == "sprintf" || fname == "snprintf" || fname == "dprintf") &&
      fty->is_variadic) {
    size_t fi = fname == "printf" ? 0 : fname == "snprintf" ? 2 : 1;
    Node* fmtn = fi < n->body.size() ? n->body[fi] : nullptr;
    while (fmtn && fmtn->kind == NodeKind::Cast) fmtn = fmtn->lhs;
    if (fmtn && fmtn->kind == NodeKind::Addr && fmtn->lhs->kind == NodeKind::Var && fmtn->lhs->var->is_readonly) {
      const std::vector<u8>& s = fmtn->lhs->var->init_data;
      size_t ai = fi + 1;
      for (size_t i = 0; i + 1 < s.size(); ++i) {
        if (s[i] != '%') continue;
        ++i;
        if (s[i] == '%') continue;
        while (i < s.size() && strchr("-+ #0", s[i])) ++i;
        bool star = false;
        while (i < s.size() && (isdigit(s[i]) || s[i] == '.' || s[i] == '*')) star |= s[i++] == '*';
        if (star) break;  // not worth tracking
        int longs = 0;
        bool half = false;
        while (i < s.size() && strchr("hlLqjzt", s[i])) {
          if (s[i] == 'l' || s[i] == 'q' || s[i] == 'L') ++longs;
          if (s[i] == 'h') half = true;
          ++i;
        }
        if (i >= s.size()) break;
        char c = char(s[i]);
        if (!strchr("diouxXcspfFeEgGaAn", c)) break;
        if (ai >= n->body.size()) {
          warn_at(loc, std::string("more '%' conversions than data arguments"));
          break;
        }
        Node* a = n->body[ai++];
        while (a->kind == NodeKind::Cast && a->lhs && promote(a->lhs->ty) == a->ty && is_integer(a->ty)) a = a->lhs;
        Type* at = promote(a->ty);
        std::string want;
        bool ok = true;
        if (strchr("diouxXc", c)) {
          ok = is_integer(at) && (longs >= 2 ? at->size == 8 : at->size == 4);
          want = longs >= 2 ? (strchr("di", c) ? "long long" : "unsigned long long")
                 : longs == 1 ? (strchr("di", c) ? "long" : "unsigned long")
                              : (c == 'c' || strchr("di", c) ? "int" : "unsigned int");
          (void)half;
        } else if (c == 's') {
          ok = at->kind == TypeKind::Ptr && at->base->kind == TypeKind::Char;
          want = "char *";
        } else if (c == 'p') {
          ok = at->kind == TypeKind::Ptr;
          want = "void *";
        } else if (c == 'n') {
          ok = at->kind == TypeKind::Ptr;
          want = "int *";
        } else {
          ok = is_flonum(at);
          want = "double";
        }
        if (!ok) {
          warn_at(a->loc, std::string("format specifies type '") + want + "' but the argument has type '" +
                              type_name(a->ty) + "'");
          break;
        }
      }
    }
  }
  if (is_aggregate(n->ty) && fn_) n->ret_buffer = new_lvar("", n->ty, loc);
  return n;
}

// postfix = "(" type-name ")" "{" initializer-list "}"
//         | primary ("[" expr "]" | "." ident | "->" ident | "++" | "--" | "(" args ")")*
// `start`: an already parsed primary (a compound literal, which may take
// postfix operators: (struct p){1, 2}.x).
Node* Parser::postfix(Node* start) {
  Node* n = start ? start : primary();
  while (!failed_) {
    SourceLoc loc = tok().loc;
    if (consume("[")) {
      Node* idx = expr();
      expect("]");
      if (failed_) return n;
      Node* l = rvalue(n);
      Node* r = rvalue(idx);
      if (!(l->ty->kind == TypeKind::Ptr && is_integer(r->ty)) && !(r->ty->kind == TypeKind::Ptr && is_integer(l->ty))) {
        error_at(loc, "subscripted value is not an array, pointer, or vector");
        return n;
      }
      n = new_deref(new_add(l, r, loc), loc);
      continue;
    }
    if (consume(".")) {
      SourceLoc mloc = tok().loc;
      std::string name = get_ident();
      if (failed_) return n;
      if (n->ty->kind != TypeKind::Struct && n->ty->kind != TypeKind::Union) {
        error_at(loc, "member reference base type '" + type_name(n->ty) + "' is not a structure or union");
        return n;
      }
      n = struct_ref(n, name, mloc);
      continue;
    }
    if (consume("->")) {
      SourceLoc mloc = tok().loc;
      std::string name = get_ident();
      if (failed_) return n;
      Node* p = rvalue(n);
      if (p->ty->kind != TypeKind::Ptr) {
        error_at(loc, "member reference type '" + type_name(p->ty) + "' is not a pointer");
        return n;
      }
      n = struct_ref(new_deref(p, loc), name, mloc);
      continue;
    }
    if (consume("++")) {
      n = inc_dec(n, 1, true, loc);
      continue;
    }
    if (consume("--")) {
      n = inc_dec(n, -1, true, loc);
      continue;
    }
    if (consume("(")) {
      n = funcall(n, loc);
      continue;
    }
    break;
  }
  return n;
}

Node* Parser::num_literal(const Token& t) {
  Node* n = new_node(NodeKind::Num, t.loc);
  switch (t.num_type) {
    case NumType::Int: n->ty = ty_int_; break;
    case NumType::UInt: n->ty = ty_uint_; break;
    case NumType::Long: n->ty = ty_long_; break;
    case NumType::ULong: n->ty = ty_ulong_; break;
    case NumType::LLong: n->ty = ty_llong_; break;
    case NumType::ULLong: n->ty = ty_ullong_; break;
    case NumType::Float: n->ty = ty_float_; break;
    case NumType::Double: n->ty = ty_double_; break;
  }
  n->val = i64(t.ival);
  n->fval = t.fval;
  if (is_flonum(n->ty)) n->val = 0;
  return n;
}

Node* Parser::builtin_call(const std::string& name, SourceLoc loc) {
  expect("(");
  if (name == "__builtin_va_arg") {
    Node* ap = assign();
    expect(",");
    Type* ty = parse_type_name();
    expect(")");
    if (failed_) return ap;
    Node* n = new_node(NodeKind::VaArg, loc);
    n->lhs = new_addr(ap, loc);
    n->ty = pointer_to(ty);
    n->var = nullptr;
    return new_deref(n, loc);
  }
  if (name == "__builtin_offsetof") {
    Type* ty = parse_type_name();
    expect(",");
    i64 off = 0;
    Type* cur = ty;
    while (!failed_) {
      std::string m = get_ident();
      if (failed_) break;
      // Reuse struct_ref on a null-based deref to find the offset.
      Node* base = new_deref(new_cast(new_num(0, loc), pointer_to(cur)), loc);
      Node* r = struct_ref(base, m, loc);
      if (failed_) break;
      for (Node* x = r; x->kind == NodeKind::Member; x = x->lhs) off += x->member->offset;
      cur = r->ty;
      while (consume("[")) {
        i64 k = const_expr();
        expect("]");
        if (cur->kind != TypeKind::Array) {
          error_at(loc, "subscripted value is not an array");
          break;
        }
        cur = cur->base;
        off += k * cur->size;
      }
      if (!consume(".")) break;
    }
    expect(")");
    return new_num(off, loc, ty_uint_);
  }
  std::vector<Node*> args;
  while (!at_eof() && !equal(")")) {
    if (!args.empty()) expect(",");
    args.push_back(assign());
  }
  expect(")");
  if (failed_) return new_num(0, loc);
  auto want = [&](size_t lo, size_t hi) {
    if (args.size() < lo || args.size() > hi) {
      error_at(loc, "wrong number of arguments to '" + name + "'");
      return false;
    }
    return true;
  };
  if (name == "__builtin_va_start") {
    if (!want(1, 2)) return new_num(0, loc);
    if (!fn_ || !fn_->ty->is_variadic) {
      error_at(loc, "'va_start' used in function with fixed arguments");
      return new_num(0, loc);
    }
    Node* n = new_node(NodeKind::VaStart, loc);
    n->lhs = new_addr(args[0], loc);
    n->ty = ty_void_;
    return n;
  }
  if (name == "__builtin_va_end") {
    if (!want(1, 1)) return new_num(0, loc);
    return new_cast(rvalue(args[0]), ty_void_);
  }
  if (name == "__builtin_va_copy") {
    if (!want(2, 2)) return new_num(0, loc);
    return new_assign(args[0], args[1], loc);
  }
  if (name == "__builtin_expect") {
    if (!want(2, 2)) return new_num(0, loc);
    return rvalue(args[0]);
  }
  if (name == "__builtin_unreachable" || name == "__builtin_trap") {
    Node* n = new_node(NodeKind::Syscall, loc);  // a trap: ebreak via syscall node with no args
    n->val = -1;
    n->ty = ty_void_;
    return n;
  }
  if (name == "__builtin_syscall") {
    if (!want(1, 7)) return new_num(0, loc);
    Node* n = new_node(NodeKind::Syscall, loc);
    for (Node* a : args) {
      a = rvalue(a);
      if (!is_scalar(a->ty) || is_flonum(a->ty)) {
        error_at(a->loc, "__builtin_syscall arguments must be integers or pointers");
        return n;
      }
      n->body.push_back(new_cast(a, a->ty->kind == TypeKind::Ptr ? a->ty : (a->ty->size == 8 ? ty_int_ : ty_int_)));
    }
    n->ty = ty_long_;
    return n;
  }
  error_at(loc, "unknown builtin '" + name + "'");
  return new_num(0, loc);
}

// primary = "(" "{" stmt+ "}" ")" | "(" expr ")" | ident | str | num | builtin
Node* Parser::primary() {
  const Token& t = tok();
  SourceLoc loc = t.loc;
  if (equal("(") && peek_tok(1).kind == TokKind::Punct && peek_tok(1).text == "{") {
    if (!fn_) {
      error_at(loc, "statement expression not allowed at file scope");
      return new_num(0, loc);
    }
    advance();
    advance();
    Node* n = new_node(NodeKind::StmtExpr, loc);
    Node* body = compound_stmt(loc);
    n->body = body->body;
    n->scope = body->scope;
    expect(")");
    n->ty = ty_void_;
    if (!n->body.empty() && n->body.back()->kind == NodeKind::ExprStmt) n->ty = rvalue(n->body.back()->lhs)->ty;
    return n;
  }
  if (consume("(")) {
    if (++paren_depth_ > kMaxParenDepth) {
      error_at(loc, "bracket nesting level exceeded maximum of 256");
      return new_num(0, loc);
    }
    Node* n = expr();
    expect(")");
    --paren_depth_;
    return n;
  }
  if (t.kind == TokKind::Num) {
    Node* n = num_literal(t);
    advance();
    return n;
  }
  if (t.kind == TokKind::Str) {
    Obj* v = string_literal(t.str, loc);
    advance();
    return new_var(v, loc);
  }
  if (t.kind == TokKind::Keyword && t.text == "__builtin_va_arg") {
    advance();
    return builtin_call("__builtin_va_arg", loc);
  }
  if (t.kind == TokKind::Keyword && t.text == "__builtin_offsetof") {
    advance();
    return builtin_call("__builtin_offsetof", loc);
  }
  if (t.kind == TokKind::Ident) {
    std::string name = t.text;
    if (name.compare(0, 10, "__builtin_") == 0 && peek_tok(1).kind == TokKind::Punct && peek_tok(1).text == "(" &&
        !find_var(name)) {
      static const char* const known[] = {"__builtin_va_start", "__builtin_va_end", "__builtin_va_copy",
                                          "__builtin_expect", "__builtin_unreachable", "__builtin_trap",
                                          "__builtin_syscall"};
      for (const char* k : known)
        if (name == k) {
          advance();
          return builtin_call(name, loc);
        }
    }
    if (name == "__func__" || name == "__FUNCTION__") {
      advance();
      return new_var(string_literal(fn_ ? fn_->name : "", loc), loc);
    }
    VarScope* vs = find_var(name);
    advance();
    if (vs && vs->var) return new_var(vs->var, loc);
    if (vs && vs->enum_ty) return new_num(vs->enum_val, loc);
    if (equal("(")) {
      // Implicit function declaration (C89): int name(); gcc before 14 warns.
      warn_at(loc, "implicit declaration of function '" + name + "'");
      Type* fty = func_type(ty_int_);
      fty->has_proto = false;
      Obj* f = ast_.new_obj();
      f->name = f->label = name;
      f->ty = fty;
      f->is_function = true;
      f->loc = loc;
      ast_.globals.push_back(f);
      scopes_.front().vars[name].var = f;
      return new_var(f, loc);
    }
    error_at(loc, "use of undeclared identifier '" + name + "'");
    return new_num(0, loc);
  }
  if (t.kind == TokKind::Eof) {
    error_at(loc, "expected expression at end of input");
    return new_num(0, loc);
  }
  error_at(loc, "expected expression");
  return new_num(0, loc);
}

// ---- top level ----

void Parser::function_definition(Type* ty, const Token& name, VarAttr* attr) {
  VarScope* prev = nullptr;
  auto it = scopes_.front().vars.find(name.text);
  if (it != scopes_.front().vars.end()) prev = &it->second;
  Obj* fn = prev && prev->var ? prev->var : nullptr;
  if (fn) {
    if (!fn->is_function) {
      error_at(name.loc, "redefinition of '" + name.text + "' as different kind of symbol");
      return;
    }
    if (fn->is_definition) {
      error_at(name.loc, "redefinition of '" + name.text + "'");
      return;
    }
    if (fn->ty->has_proto && ty->has_proto && !same_type(fn->ty, ty)) {
      error_at(name.loc, "conflicting types for '" + name.text + "'");
      return;
    }
  } else {
    fn = new_gvar(name.text, ty, name.loc);
  }
  fn->ty = ty;
  fn->is_function = true;
  fn->is_definition = true;
  fn->loc = name.loc;
  if (attr->is_static) fn->is_static = true;
  std::vector<std::string> names = kr_names_;
  fn_ = fn;
  locals_ = &fn->locals;
  labels_.clear();
  gotos_.clear();
  enter_scope();
  // Old-style parameter declarations: int f(a, b) int a; char *b; { ... }
  std::unordered_map<std::string, Type*> kr_types;
  if (!ty->has_proto && !names.empty()) {
    while (!at_eof() && !equal("{")) {
      VarAttr pa;
      Type* base = declspec(&pa);
      if (!base) base = ty_int_;
      while (!at_eof()) {
        Token pn;
        Type* pt = declarator(base, &pn);
        if (pt->kind == TypeKind::Array) pt = pointer_to(pt->base);
        if (pn.kind == TokKind::Ident) {
          bool known = false;
          for (auto& nm : names) known |= nm == pn.text;
          if (!known) {
            error_at(pn.loc, "parameter named '" + pn.text + "' is missing");
            break;
          }
          kr_types[pn.text] = pt;
        }
        if (!consume(",")) break;
      }
      expect(";");
    }
  }
  if (!ty->has_proto && !names.empty()) {
    // The caller promotes (no prototype): small ints arrive as int, float as double.
    for (const std::string& nm : names) {
      auto k = kr_types.find(nm);
      Type* pt = k == kr_types.end() ? ty_int_ : k->second;
      if (is_integer(pt) && pt->size < 4) pt = ty_int_;
      if (pt->kind == TypeKind::Float) pt = ty_double_;
      ty->params.push_back(pt);
    }
  }
  Node* body_block = new_node(NodeKind::Block, tok().loc);
  block_stack_.push_back(body_block);
  for (size_t i = 0; i < ty->params.size(); ++i) {
    std::string pname = i < names.size() ? names[i] : std::string();
    Obj* p = new_lvar(pname, ty->params[i], name.loc);
    p->is_param = true;
    fn->params.push_back(p);
  }
  block_stack_.pop_back();
  if (!equal("{")) {
    expected("'{'");
    return;
  }
  SourceLoc bloc = tok().loc;
  advance();
  block_stack_.push_back(body_block);
  Node* body = compound_stmt(bloc, false);
  block_stack_.pop_back();
  body->scope.insert(body->scope.begin(), body_block->scope.begin(), body_block->scope.end());
  fn->end_loc = toks_[pos_ > 0 ? pos_ - 1 : 0].loc;
  fn->body = body;
  leave_scope();
  for (auto& g : gotos_) {
    if (!labels_.count(g.first)) {
      error_at(g.second, "use of undeclared label '" + g.first + "'");
      break;
    }
  }
  // Resolve goto targets now that all labels are known.
  std::function<void(Node*)> resolve = [&](Node* n) {
    if (!n) return;
    if ((n->kind == NodeKind::Goto || n->kind == NodeKind::LabelVal) && n->label_id < 0 && labels_.count(n->label))
      n->label_id = labels_[n->label];
    for (Node* c : {n->lhs, n->rhs, n->cond, n->then, n->els, n->init, n->inc}) resolve(c);
    for (Node* c : n->body) resolve(c);
  };
  if (!gotos_.empty()) resolve(body);  // only functions with a goto or &&label need the walk
  // gcc warns when a non-void function (other than main) can fall off its end.
  if (ty->ret->kind != TypeKind::Void && fn->name != "main") {
    Node* last = body->body.empty() ? nullptr : body->body.back();
    bool returns = last && (last->kind == NodeKind::Return || last->kind == NodeKind::Goto ||
                            (last->kind == NodeKind::For && !last->cond) ||
                            (last->kind == NodeKind::ExprStmt && last->lhs->kind == NodeKind::FunCall &&
                             last->lhs->lhs->kind == NodeKind::Addr && last->lhs->lhs->lhs->kind == NodeKind::Var &&
                             (last->lhs->lhs->lhs->var->name == "exit" || last->lhs->lhs->lhs->var->name == "abort" ||
                              last->lhs->lhs->lhs->var->name == "_exit")));
    if (last && last->kind == NodeKind::If && last->els) returns = true;  // not precise; avoid false alarms
    if (last && last->kind == NodeKind::Switch) returns = true;
    if (last && last->kind == NodeKind::Block) returns = true;
    if (!returns) warn_at(fn->end_loc, "non-void function does not return a value");
  }
  fn_ = nullptr;
  locals_ = nullptr;
}

void Parser::global_declaration(Type* basety, VarAttr* attr) {
  SourceLoc loc = tok().loc;
  bool first = true;
  while (!at_eof() && !consume(";")) {
    if (!first && !consume(",")) return expect(";");
    first = false;
    Token name;
    Type* ty = declarator(basety, &name);
    if (failed_) return;
    if (name.kind != TokKind::Ident) {
      error_at(name.loc, "expected identifier or '('");
      return;
    }
    if (ty->kind == TypeKind::Func) {
      if (equal("{") || (!ty->has_proto && !kr_names_.empty() && !equal(";") && !equal(","))) {
        if (!first && false) return;
        function_definition(ty, name, attr);
        return;
      }
      auto it = scopes_.front().vars.find(name.text);
      if (it != scopes_.front().vars.end() && it->second.var) {
        Obj* prev = it->second.var;
        if (!prev->is_function) {
          error_at(name.loc, "redefinition of '" + name.text + "' as different kind of symbol");
          return;
        }
        if (prev->ty->has_proto && ty->has_proto && !same_type(prev->ty, ty)) {
          error_at(name.loc, "conflicting types for '" + name.text + "'");
          return;
        }
        if (ty->has_proto) prev->ty = ty;
        if (attr->is_static) prev->is_static = true;
        continue;
      }
      Obj* f = new_gvar(name.text, ty, name.loc);
      f->is_function = true;
      f->is_static = attr->is_static;
      continue;
    }
    if (ty->kind == TypeKind::Void) {
      error_at(name.loc, "variable has incomplete type 'void'");
      return;
    }
    Obj* v = nullptr;
    auto it = scopes_.front().vars.find(name.text);
    if (it != scopes_.front().vars.end() && it->second.var) {
      v = it->second.var;
      if (v->is_function) {
        error_at(name.loc, "redefinition of '" + name.text + "' as different kind of symbol");
        return;
      }
      if (!same_type(v->ty, ty)) {
        error_at(name.loc, "redefinition of '" + name.text + "' with a different type: '" + type_name(ty) + "' vs '" +
                               type_name(v->ty) + "'");
        return;
      }
      if (v->ty->kind == TypeKind::Array && v->ty->array_len < 0) v->ty = ty;
    } else if (it != scopes_.front().vars.end() && (it->second.type_def || it->second.enum_ty)) {
      error_at(name.loc, "redefinition of '" + name.text + "' as different kind of symbol");
      return;
    } else {
      v = new_gvar(name.text, ty, name.loc);
    }
    if (attr->is_static) v->is_static = true;
    if (attr->align) v->align = attr->align;
    if (consume("=")) {
      if (v->has_init) {
        error_at(name.loc, "redefinition of '" + name.text + "'");
        return;
      }
      v->is_definition = true;
      v->is_tentative = false;
      gvar_initializer(v);
      continue;
    }
    if (!attr->is_extern) {
      if (!v->is_definition) v->is_tentative = true;
      v->is_definition = true;
    }
  }
  (void)loc;
}

bool Parser::run() {
  enter_scope();
  // The ABI's va_list.
  scopes_.back().vars["__builtin_va_list"].type_def = ty_va_list_;
  size_t decl_start = 0;
  for (;;) {
    if (failed_) {
      // A broken declaration or function: back to file scope, skip to the
      // end of that declaration, go on with the next.
      fn_ = nullptr;
      locals_ = nullptr;
      if (!recover({1, 0, -1, -1, nullptr}, true, decl_start)) break;
    }
    if (at_eof()) break;
    decl_start = pos_;
    if (equal(";")) {
      advance();
      continue;
    }
    if (equal("_Static_assert") || equal("static_assert")) {
      static_assertion();
      continue;
    }
    if (equal("asm") || equal("__asm__")) {
      error_at(tok().loc, "inline assembly is not supported");
      continue;
    }
    SourceLoc loc = tok().loc;
    VarAttr attr;
    Type* basety = declspec(&attr);
    if (failed_) continue;
    if (attr.is_typedef) {
      parse_typedef(basety);
      continue;
    }
    if (!basety && tok().kind == TokKind::Ident && (peek_tok(1).kind == TokKind::Ident ||
                                                    (peek_tok(1).kind == TokKind::Punct && peek_tok(1).text == "*"))) {
      error_at(loc, "unknown type name '" + tok().text + "'");
      continue;
    }
    if (!basety) {
      if (tok().kind != TokKind::Ident && !equal("*") && !equal("(")) {
        error_at(loc, tok().kind == TokKind::Eof ? "expected external declaration" : "expected identifier or '('");
        continue;
      }
      warn_at(loc, "type specifier missing, defaults to 'int'");
      basety = ty_int_;
    }
    if (equal(";")) {
      advance();
      continue;  // struct/enum declaration
    }
    global_declaration(basety, &attr);
  }
  // Tentative definitions of incomplete arrays become one-element arrays (C11 6.9.2).
  for (Obj* g : ast_.globals)
    if (!g->is_function && g->ty->kind == TypeKind::Array && g->ty->array_len < 0 && g->is_definition)
      g->ty = array_of(g->ty->base, 1);
  return !failed_ && !diags_.has_errors();
}

}  // namespace

bool parse_translation_unit(Diagnostics& diags, const std::vector<Token>& toks, Ast& ast) {
  Parser p(diags, toks, ast);
  return p.run();
}

}  // namespace forklab::cc
