// The preprocessor works on token vectors. Input is a stack of tokens kept in
// reverse order (the next token is at the back), so a macro expansion or an
// #include pushes its tokens and reading continues with them. Each token
// carries a hideset (the macros it came from) as in Prosser's algorithm, so
// recursive macros stop expanding.
#include <algorithm>
#include <ctime>
#include <unordered_map>
#include <unordered_set>

#include "cc/preprocess.h"

namespace forklab::cc {
namespace {

constexpr int kMaxIncludeDepth = 200;
constexpr size_t kMaxTokens = 1'000'000;  // a bound on exponential macros
constexpr int kMaxIfExprDepth = 200;

struct Macro {
  std::string name;
  bool function_like = false;
  bool variadic = false;
  std::vector<std::string> params;  // the variadic one is named __VA_ARGS__ or its given name
  std::vector<Token> body;
  enum Builtin { None, File, Line, Counter, Date, Time } builtin = None;
};

struct CondFrame {
  enum Ctx { Then, Elif, Else } ctx = Then;
  bool taken = false;  // some branch of this #if was included
  SourceLoc loc;
};

// Marks the end of an included file (a Punct token with this text never
// comes from the lexer).
const char kEndOfInclude[] = "<end-of-include>";

bool in_hideset(const HideSet& hs, const std::string& name) {
  return hs && std::find(hs->begin(), hs->end(), name) != hs->end();
}

HideSet hideset_add(const HideSet& hs, const std::string& name) {
  auto v = std::make_shared<std::vector<std::string>>();
  if (hs) *v = *hs;
  v->push_back(name);
  return v;
}

HideSet hideset_union(const HideSet& a, const HideSet& b) {
  if (!a || a == b) return b;
  if (!b) return a;
  if (a->size() <= b->size()) {
    bool subset = true;
    for (const std::string& s : *a) subset = subset && std::find(b->begin(), b->end(), s) != b->end();
    if (subset) return b;
  }
  auto v = std::make_shared<std::vector<std::string>>(*a);
  for (const std::string& s : *b)
    if (std::find(v->begin(), v->end(), s) == v->end()) v->push_back(s);
  return v;
}

HideSet hideset_intersection(const HideSet& a, const HideSet& b) {
  if (!a || !b) return nullptr;
  auto v = std::make_shared<std::vector<std::string>>();
  for (const std::string& s : *a)
    if (std::find(b->begin(), b->end(), s) != b->end()) v->push_back(s);
  return v;
}

std::string dir_of(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
}

class Preprocessor {
 public:
  Preprocessor(Diagnostics& d, const PreprocessOptions& o) : diags_(d), opts_(o) {}

  std::vector<Token> run(int main_file);

 private:
  Diagnostics& diags_;
  const PreprocessOptions& opts_;
  std::vector<Token> input_;  // reversed: next token at the back
  std::vector<Token> output_;
  std::unordered_map<std::string, Macro> macros_;
  std::vector<CondFrame> conds_;
  std::vector<size_t> include_cond_base_;  // conds_.size() when each file started
  std::unordered_set<std::string> pragma_once_;
  // #line: per file, the amount added to physical line numbers and the
  // presumed file name ("" = unchanged). Only __LINE__ and __FILE__ see it;
  // diagnostics and the line table keep physical positions (the editor's).
  struct LineOverride {
    int delta = 0;
    std::string name;
  };
  std::unordered_map<int, LineOverride> line_overrides_;
  std::unordered_set<std::string> included_guarded_;
  int counter_ = 0;
  size_t produced_ = 0;
  bool failed_ = false;

  Token next() {
    Token t = std::move(input_.back());
    input_.pop_back();
    return t;
  }
  Token& peek() { return input_.back(); }
  // Macro expansions count towards kMaxTokens; file contents do not.
  void push_front(std::vector<Token> toks, bool from_macro = true) {
    if (from_macro) produced_ += toks.size();
    if (produced_ > kMaxTokens) {
      if (!failed_) diags_.error(toks.empty() ? SourceLoc{} : toks[0].loc, "macro expansion produces too many tokens");
      failed_ = true;
      return;
    }
    for (size_t i = toks.size(); i-- > 0;) input_.push_back(std::move(toks[i]));
  }
  void error(SourceLoc loc, const std::string& msg) {
    if (!failed_) diags_.error(loc, msg);
    failed_ = true;
  }

  void define_builtins();
  void define_from_text(const std::string& name, const std::string& value);
  std::vector<Token> read_line();
  void skip_line(const Token& directive);
  void directive(Token hash);
  void do_define(const Token& d);
  void do_include(const Token& d);
  bool eval_if(const Token& d);
  void skip_cond_block();
  bool expand(Token& t);
  std::vector<Token> expand_all(std::vector<Token> toks);
  bool read_macro_args(const Macro& m, const Token& name, std::vector<std::vector<Token>>& args, HideSet& rparen_hs);
  std::vector<Token> substitute(const Macro& m, const std::vector<std::vector<Token>>& args, const Token& name);
  Token stringize(const std::vector<Token>& arg, SourceLoc loc);
  bool paste(Token& lhs, const Token& rhs);
  std::string resolve_include(const std::string& name, bool quoted, const Token& at, std::string& contents);
};

void Preprocessor::define_from_text(const std::string& name, const std::string& value) {
  std::vector<Token> toks = tokenize_string(diags_, "#define " + name + " " + value + "\n", {});
  toks.pop_back();
  // Reuse the directive parser: feed "# define NAME VALUE" through it.
  Token end;
  end.kind = TokKind::Eof;
  end.at_bol = true;
  std::vector<Token> saved;
  saved.swap(input_);
  input_.push_back(end);
  push_front(std::vector<Token>(toks.begin() + 1, toks.end()));
  input_.front().at_bol = true;
  Token d = next();  // "define"
  do_define(d);
  input_.swap(saved);
}

void Preprocessor::define_builtins() {
  const char* predefined[][2] = {
      {"__STDC__", "1"}, {"__STDC_VERSION__", "201112L"}, {"__STDC_HOSTED__", "1"},
      {"__riscv", "1"}, {"__riscv_xlen", "32"}, {"__riscv_mul", "1"}, {"__riscv_div", "1"},
      {"__riscv_atomic", "1"}, {"__riscv_float_abi_soft", "1"}, {"__ILP32__", "1"}, {"_ILP32", "1"},
      {"__linux__", "1"}, {"__linux", "1"}, {"__unix__", "1"}, {"__unix", "1"}, {"__ELF__", "1"},
      {"__forklab__", "1"}, {"__CHAR_UNSIGNED__", "1"}, {"__CHAR_BIT__", "8"},
      {"__SIZEOF_INT__", "4"}, {"__SIZEOF_LONG__", "4"}, {"__SIZEOF_LONG_LONG__", "8"},
      {"__SIZEOF_SHORT__", "2"}, {"__SIZEOF_POINTER__", "4"}, {"__SIZEOF_FLOAT__", "4"},
      {"__SIZEOF_DOUBLE__", "8"}, {"__SIZEOF_LONG_DOUBLE__", "8"}, {"__SIZEOF_SIZE_T__", "4"},
      {"__SIZE_TYPE__", "unsigned int"}, {"__PTRDIFF_TYPE__", "int"}, {"__WCHAR_TYPE__", "int"},
      {"__INTPTR_TYPE__", "int"}, {"__UINTPTR_TYPE__", "unsigned int"},
      {"__INT_MAX__", "2147483647"}, {"__LONG_MAX__", "2147483647L"},
      {"__LONG_LONG_MAX__", "9223372036854775807LL"}, {"__SCHAR_MAX__", "127"}, {"__SHRT_MAX__", "32767"},
      {"__ORDER_LITTLE_ENDIAN__", "1234"}, {"__ORDER_BIG_ENDIAN__", "4321"},
      {"__BYTE_ORDER__", "__ORDER_LITTLE_ENDIAN__"}, {"__restrict", ""}, {"__alignof__", "_Alignof"},
      {"__FUNCTION__", "__func__"}, {"__volatile", "volatile"},
  };
  for (auto& p : predefined) define_from_text(p[0], p[1]);
  const char* builtins[] = {"__FILE__", "__LINE__", "__COUNTER__", "__DATE__", "__TIME__"};
  Macro::Builtin kinds[] = {Macro::File, Macro::Line, Macro::Counter, Macro::Date, Macro::Time};
  for (int i = 0; i < 5; ++i) {
    Macro m;
    m.name = builtins[i];
    m.builtin = kinds[i];
    macros_[m.name] = m;
  }
}

std::vector<Token> Preprocessor::run(int main_file) {
  Token eof;
  eof.kind = TokKind::Eof;
  eof.at_bol = true;
  input_.push_back(eof);
  define_builtins();
  for (const auto& d : opts_.defines) define_from_text(d.first, d.second);
  for (const auto& u : opts_.undefines) macros_.erase(u);
  std::vector<Token> toks = tokenize_file(diags_, main_file);
  input_.reserve(toks.size() + 64);
  output_.reserve(toks.size() + 64);
  input_.front().loc = toks.back().loc;  // "at end of input" points at the end of the main file
  toks.pop_back();
  include_cond_base_.push_back(0);
  push_front(std::move(toks), false);

  while (!failed_) {
    Token t = next();
    if (t.kind == TokKind::Eof) {
      input_.push_back(t);
      break;
    }
    if (t.kind == TokKind::Punct && t.text == kEndOfInclude) {
      if (conds_.size() > include_cond_base_.back()) {
        error(conds_.back().loc, "unterminated conditional directive");
        break;
      }
      include_cond_base_.pop_back();
      continue;
    }
    if (t.at_bol && t.kind == TokKind::Punct && t.text == "#" && !t.hideset) {
      directive(std::move(t));
      continue;
    }
    if (expand(t)) continue;
    output_.push_back(std::move(t));
  }
  if (!failed_ && !conds_.empty()) error(conds_.back().loc, "unterminated conditional directive");
  if (diags_.has_errors()) failed_ = true;
  output_.push_back(input_.empty() ? eof : input_.back());
  output_.back().kind = TokKind::Eof;
  if (failed_) output_.erase(output_.begin(), output_.end() - 1);
  return std::move(output_);
}

// The rest of the directive line (not including the next line's first token).
std::vector<Token> Preprocessor::read_line() {
  std::vector<Token> line;
  while (!peek().at_bol) line.push_back(next());
  return line;
}

void Preprocessor::skip_line(const Token& directive) {
  if (!peek().at_bol) diags_.warning(peek().loc, "extra tokens at end of #" + directive.text + " directive");
  while (!peek().at_bol) next();
}

void Preprocessor::directive(Token hash) {
  if (peek().at_bol) return;  // the null directive "#"
  Token d = next();
  const std::string& n = d.text;
  if (d.kind != TokKind::Ident) {
    error(d.loc, "invalid preprocessing directive");
    return;
  }
  if (n == "define") return do_define(d);
  if (n == "undef") {
    Token name = next();
    if (name.kind != TokKind::Ident || name.at_bol) return error(name.loc, "macro name must be an identifier");
    macros_.erase(name.text);
    return skip_line(d);
  }
  if (n == "include" || n == "include_next") return do_include(d);
  if (n == "if" || n == "ifdef" || n == "ifndef") {
    bool cond;
    if (n == "if") {
      cond = eval_if(d);
    } else {
      Token name = next();
      if (name.kind != TokKind::Ident || name.at_bol) {
        error(name.loc, "macro name must be an identifier");
        return;
      }
      cond = macros_.count(name.text) > 0;
      if (n == "ifndef") cond = !cond;
      skip_line(d);
    }
    conds_.push_back({CondFrame::Then, cond, d.loc});
    if (!cond) skip_cond_block();
    return;
  }
  if (n == "elif" || n == "else" || n == "endif") {
    if (conds_.size() <= include_cond_base_.back()) {
      error(d.loc, "#" + n + " without #if");
      return;
    }
    CondFrame& f = conds_.back();
    if (n == "endif") {
      conds_.pop_back();
      skip_line(d);
      return;
    }
    if (f.ctx == CondFrame::Else) {
      error(d.loc, "#" + n + " after #else");
      return;
    }
    // We get here after an included branch: everything else is skipped.
    if (n == "else") {
      f.ctx = CondFrame::Else;
      skip_line(d);
    } else {
      f.ctx = CondFrame::Elif;
      read_line();
    }
    skip_cond_block();
    return;
  }
  if (n == "line") {
    // #line DIGITS ["NAME"]
    std::vector<Token> line = read_line();
    if (line.empty() || line[0].kind != TokKind::PPNum || line[0].text.find_first_not_of("0123456789") != std::string::npos ||
        line[0].text.size() > 10) {
      error(line.empty() ? d.loc : line[0].loc, "#line directive requires a simple digit sequence");
      return;
    }
    LineOverride& o = line_overrides_[d.loc.file];
    o.delta = int(std::stoll(line[0].text) - (d.loc.line + 1));
    if (line.size() > 1) {
      if (line[1].kind != TokKind::Str || line[1].text.size() < 2 || line[1].text[0] != '"') {
        error(line[1].loc, "invalid filename for #line directive");
        return;
      }
      o.name = line[1].text.substr(1, line[1].text.size() - 2);
    }
    return;
  }
  if (n == "pragma") {
    std::vector<Token> line = read_line();
    if (!line.empty() && line[0].text == "once") pragma_once_.insert(diags_.file(d.loc.file).name);
    return;
  }
  if (n == "error" || n == "warning") {
    std::vector<Token> line = read_line();
    std::string msg;
    for (const Token& t : line) msg += (msg.empty() || !t.has_space ? "" : " ") + t.text;
    if (n == "error") error(d.loc, "#error " + msg);
    else diags_.warning(d.loc, "#warning " + msg);
    return;
  }
  if (n == "ident" || n == "sccs" || n == "assert" || n == "unassert") {
    read_line();
    return;
  }
  error(d.loc, "invalid preprocessing directive #" + n);
}

// Skips lines until the #elif/#else/#endif that ends this block, honouring
// nested conditionals. Stops before #else/#elif/#endif at our level and
// evaluates #elif when no branch was taken yet.
void Preprocessor::skip_cond_block() {
  int depth = 0;
  while (!failed_) {
    Token t = next();
    if (t.kind == TokKind::Eof || (t.kind == TokKind::Punct && t.text == kEndOfInclude)) {
      input_.push_back(t);
      error(conds_.back().loc, "unterminated conditional directive");
      return;
    }
    if (!(t.at_bol && t.text == "#" && t.kind == TokKind::Punct) || peek().at_bol) continue;
    Token d = next();
    const std::string& n = d.text;
    if (n == "if" || n == "ifdef" || n == "ifndef") {
      ++depth;
    } else if (n == "endif") {
      if (depth == 0) {
        conds_.pop_back();
        skip_line(d);
        return;
      }
      --depth;
    } else if (depth == 0 && (n == "elif" || n == "else")) {
      CondFrame& f = conds_.back();
      if (f.ctx == CondFrame::Else) {
        error(d.loc, "#" + n + " after #else");
        return;
      }
      if (n == "else") {
        f.ctx = CondFrame::Else;
        skip_line(d);
        if (!f.taken) {
          f.taken = true;
          return;
        }
      } else {
        f.ctx = CondFrame::Elif;
        if (!f.taken && eval_if(d)) {
          f.taken = true;
          return;
        }
        if (f.taken) read_line();
      }
    }
  }
}

void Preprocessor::do_define(const Token& d) {
  if (peek().at_bol || peek().kind != TokKind::Ident) {
    error(peek().at_bol ? d.loc : peek().loc, "macro name must be an identifier");
    return;
  }
  Token name = next();
  if (name.text == "defined") return error(name.loc, "'defined' cannot be used as a macro name");
  Macro m;
  m.name = name.text;
  if (!peek().at_bol && peek().text == "(" && !peek().has_space) {
    next();
    m.function_like = true;
    bool first = true;
    while (true) {
      if (peek().at_bol) return error(name.loc, "missing ')' in macro parameter list");
      Token p = next();
      if (p.text == ")" && first) break;
      if (p.text == "...") {
        m.variadic = true;
        m.params.push_back("__VA_ARGS__");
        if (peek().at_bol || peek().text != ")") return error(p.loc, "missing ')' in macro parameter list");
        next();
        break;
      }
      if (p.kind != TokKind::Ident) return error(p.loc, "invalid macro parameter name");
      if (!peek().at_bol && peek().text == "...") {  // GNU named variadic: args...
        next();
        m.variadic = true;
        m.params.push_back(p.text);
        if (peek().at_bol || peek().text != ")") return error(p.loc, "missing ')' in macro parameter list");
        next();
        break;
      }
      m.params.push_back(p.text);
      first = false;
      if (peek().at_bol) return error(p.loc, "missing ')' in macro parameter list");
      Token sep = next();
      if (sep.text == ")") break;
      if (sep.text != ",") return error(sep.loc, "expected comma in macro parameter list");
    }
  }
  m.body = read_line();
  if (!m.body.empty()) m.body[0].has_space = false;
  if (!m.body.empty() && (m.body.front().text == "##" || m.body.back().text == "##") && m.body.front().kind == TokKind::Punct)
    return error(m.body.front().text == "##" ? m.body.front().loc : m.body.back().loc,
                 "'##' cannot appear at either end of a macro expansion");
  macros_[m.name] = std::move(m);
}

std::string Preprocessor::resolve_include(const std::string& name, bool quoted, const Token& at, std::string& contents) {
  auto try_path = [&](const std::string& path) { return opts_.read_file && opts_.read_file(path, contents); };
  if (!name.empty() && name[0] == '/') return try_path(name) ? name : std::string();
  if (quoted) {
    std::string p = dir_of(diags_.file(at.loc.file).name) + name;
    if (try_path(p)) return p;
  }
  for (const std::string& dir : opts_.include_dirs) {
    std::string p = dir + "/" + name;
    if (try_path(p)) return p;
  }
  for (const std::string& dir : opts_.system_dirs) {
    std::string p = dir + "/" + name;
    if (try_path(p)) return p;
  }
  if (const char* text = builtin_header(name)) {
    contents = text;
    return "<built-in>/" + name;
  }
  return std::string();
}

void Preprocessor::do_include(const Token& d) {
  std::vector<Token> line = read_line();
  if (line.empty()) return error(d.loc, "expected \"FILENAME\" or <FILENAME>");
  if (line[0].kind != TokKind::Str && line[0].text != "<") line = expand_all(line);
  std::string name;
  bool quoted = false;
  if (!line.empty() && line[0].kind == TokKind::Str && line[0].text[0] == '"') {
    name = line[0].text.substr(1, line[0].text.size() - 2);
    quoted = true;
  } else if (!line.empty() && line[0].text == "<") {
    size_t i = 1;
    for (; i < line.size() && line[i].text != ">"; ++i) name += (line[i].has_space && i > 1 ? " " : "") + line[i].text;
    if (i == line.size()) return error(line[0].loc, "expected '>'");
  } else {
    return error(line.empty() ? d.loc : line[0].loc, "expected \"FILENAME\" or <FILENAME>");
  }
  if (name.empty()) return error(line[0].loc, "empty filename in #include");
  std::string contents;
  std::string path = resolve_include(name, quoted, line[0], contents);
  if (path.empty()) return error(line[0].loc, "'" + name + "' file not found");
  if (pragma_once_.count(path)) return;
  if (include_cond_base_.size() > size_t(kMaxIncludeDepth)) return error(line[0].loc, "#include nested too deeply");
  int id = diags_.add_file(path, std::move(contents));
  std::vector<Token> toks = tokenize_file(diags_, id);
  if (diags_.has_errors()) {
    failed_ = true;
    return;
  }
  toks.back().kind = TokKind::Punct;
  toks.back().text = kEndOfInclude;
  include_cond_base_.push_back(conds_.size());
  push_front(std::move(toks), false);
}

// ---- #if expressions (C11 6.10.1), evaluated in intmax_t / uintmax_t ----

struct IfValue {
  i64 v = 0;
  bool is_unsigned = false;
};

struct IfEval {
  Diagnostics& diags;
  const std::vector<Token>& t;
  size_t i = 0;
  bool bad = false;
  int depth = 0;
  SourceLoc end_loc;

  const Token* cur() { return i < t.size() ? &t[i] : nullptr; }
  bool is(const char* s) { return i < t.size() && t[i].kind == TokKind::Punct && t[i].text == s; }
  void fail(const std::string& msg) {
    if (!bad) diags.error(i < t.size() ? t[i].loc : end_loc, msg);
    bad = true;
  }

  IfValue primary() {
    if (bad) return {};
    if (++depth > kMaxIfExprDepth) {
      fail("#if expression nested too deeply");
      return {};
    }
    IfValue r;
    if (is("(")) {
      ++i;
      r = cond();
      if (!is(")")) fail("expected ')' in preprocessor expression");
      else ++i;
    } else if (is("-") || is("+") || is("!") || is("~")) {
      std::string op = t[i++].text;
      r = primary();
      if (op == "-") r.v = i64(0 - u64(r.v));
      else if (op == "!") r.v = !r.v, r.is_unsigned = false;
      else if (op == "~") r.v = ~r.v;
    } else if (cur() && cur()->kind == TokKind::Num) {
      r.v = i64(cur()->ival);
      r.is_unsigned = cur()->num_type == NumType::UInt || cur()->num_type == NumType::ULong || cur()->num_type == NumType::ULLong;
      if (cur()->num_type == NumType::Float || cur()->num_type == NumType::Double) fail("floating constant in preprocessor expression");
      ++i;
    } else {
      fail(cur() ? "invalid token at start of a preprocessor expression" : "expected value in expression");
    }
    --depth;
    return r;
  }

  static int prec(const std::string& op) {
    static const std::pair<const char*, int> table[] = {
        {"*", 10}, {"/", 10}, {"%", 10}, {"+", 9}, {"-", 9}, {"<<", 8}, {">>", 8}, {"<", 7}, {">", 7},
        {"<=", 7}, {">=", 7}, {"==", 6}, {"!=", 6}, {"&", 5}, {"^", 4}, {"|", 3}, {"&&", 2}, {"||", 1}};
    for (auto& p : table)
      if (op == p.first) return p.second;
    return 0;
  }

  IfValue binary(int min_prec) {
    IfValue l = primary();
    while (!bad && i < t.size() && t[i].kind == TokKind::Punct && prec(t[i].text) >= min_prec) {
      std::string op = t[i].text;
      SourceLoc oploc = t[i].loc;
      int p = prec(op);
      ++i;
      IfValue r = binary(p + 1);
      bool u = l.is_unsigned || r.is_unsigned;
      u64 a = u64(l.v), b = u64(r.v);
      IfValue out;
      out.is_unsigned = u;
      if (op == "*") out.v = i64(a * b);
      else if (op == "/" || op == "%") {
        if (b == 0) {
          diags.error(oploc, "division by zero in preprocessor expression");
          bad = true;
          return {};
        }
        if (u) out.v = i64(op == "/" ? a / b : a % b);
        else if (l.v == INT64_MIN && r.v == -1) out.v = op == "/" ? l.v : 0;
        else out.v = op == "/" ? l.v / r.v : l.v % r.v;
      } else if (op == "+") out.v = i64(a + b);
      else if (op == "-") out.v = i64(a - b);
      else if (op == "<<") out.v = i64(a << (b & 63));
      else if (op == ">>") out.v = u ? i64(a >> (b & 63)) : l.v >> (b & 63);
      else {
        out.is_unsigned = false;
        if (op == "<") out.v = u ? a < b : l.v < r.v;
        else if (op == ">") out.v = u ? a > b : l.v > r.v;
        else if (op == "<=") out.v = u ? a <= b : l.v <= r.v;
        else if (op == ">=") out.v = u ? a >= b : l.v >= r.v;
        else if (op == "==") out.v = a == b;
        else if (op == "!=") out.v = a != b;
        else if (op == "&&") out.v = l.v && r.v;
        else if (op == "||") out.v = l.v || r.v;
        else {
          out.is_unsigned = u;
          if (op == "&") out.v = i64(a & b);
          else if (op == "^") out.v = i64(a ^ b);
          else out.v = i64(a | b);
        }
      }
      l = out;
    }
    return l;
  }

  IfValue cond() {
    IfValue c = binary(1);
    if (!bad && is("?")) {
      ++i;
      IfValue a = cond();
      if (!is(":")) {
        fail("expected ':' in preprocessor expression");
        return {};
      }
      ++i;
      IfValue b = cond();
      return c.v ? a : b;
    }
    return c;
  }
};

bool Preprocessor::eval_if(const Token& d) {
  std::vector<Token> line = read_line();
  if (line.empty()) {
    error(d.loc, "#" + d.text + " with no expression");
    return false;
  }
  // Replace `defined X` and `defined(X)` before expanding macros.
  std::vector<Token> pre;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i].kind == TokKind::Ident && line[i].text == "defined") {
      Token r = line[i];
      size_t j = i + 1;
      bool paren = j < line.size() && line[j].text == "(";
      if (paren) ++j;
      if (j >= line.size() || line[j].kind != TokKind::Ident) {
        error(j < line.size() ? line[j].loc : line[i].loc, "macro name must be an identifier");
        return false;
      }
      bool def = macros_.count(line[j].text) > 0;
      if (paren) {
        if (j + 1 >= line.size() || line[j + 1].text != ")") {
          error(line[j].loc, "missing ')' after 'defined'");
          return false;
        }
        ++j;
      }
      r.kind = TokKind::PPNum;
      r.text = def ? "1" : "0";
      pre.push_back(r);
      i = j;
    } else {
      pre.push_back(line[i]);
    }
  }
  std::vector<Token> expanded = expand_all(std::move(pre));
  if (failed_) return false;
  for (Token& t : expanded) {
    if (t.kind == TokKind::Ident) {  // identifiers left after expansion are 0
      t.kind = TokKind::PPNum;
      t.text = "0";
    }
  }
  Diagnostics& dg = diags_;
  if (!convert_tokens(dg, expanded)) {
    failed_ = true;
    return false;
  }
  IfEval ev{diags_, expanded};
  ev.end_loc = line.back().loc;
  IfValue v = ev.cond();
  if (!ev.bad && ev.i < expanded.size()) ev.fail("token is not a valid binary operator in a preprocessor subexpression");
  if (ev.bad) {
    failed_ = true;
    return false;
  }
  return v.v != 0;
}

// ---- macro expansion ----

std::vector<Token> Preprocessor::expand_all(std::vector<Token> toks) {
  std::vector<Token> saved_input;
  saved_input.swap(input_);
  Token eof;
  eof.kind = TokKind::Eof;
  input_.push_back(eof);
  for (Token& t : toks) t.at_bol = false;
  push_front(std::move(toks));
  std::vector<Token> out;
  while (!failed_ && peek().kind != TokKind::Eof) {
    Token t = next();
    if (expand(t)) continue;
    out.push_back(std::move(t));
  }
  input_.swap(saved_input);
  return out;
}

bool Preprocessor::read_macro_args(const Macro& m, const Token& name, std::vector<std::vector<Token>>& args,
                                   HideSet& rparen_hs) {
  next();  // "("
  std::vector<Token> cur;
  int depth = 0;
  while (true) {
    Token& p = peek();
    if (p.kind == TokKind::Eof || (p.kind == TokKind::Punct && p.text == kEndOfInclude)) {
      error(name.loc, "unterminated function-like macro invocation");
      return false;
    }
    Token t = next();
    if (t.at_bol && t.text == "#" && t.kind == TokKind::Punct && depth >= 0) {
      // A directive inside macro arguments: gcc processes it; we reject it clearly.
      error(t.loc, "preprocessing directive inside macro arguments is not supported");
      return false;
    }
    if (t.text == "(" && t.kind == TokKind::Punct) ++depth;
    if (t.text == ")" && t.kind == TokKind::Punct) {
      if (depth == 0) {
        rparen_hs = t.hideset;
        break;
      }
      --depth;
    }
    if (t.text == "," && t.kind == TokKind::Punct && depth == 0 &&
        !(m.variadic && args.size() + 1 >= m.params.size())) {
      args.push_back(std::move(cur));
      cur.clear();
      continue;
    }
    cur.push_back(std::move(t));
  }
  args.push_back(std::move(cur));
  if (m.params.empty() && args.size() == 1 && args[0].empty()) args.clear();
  if (m.variadic && args.size() + 1 == m.params.size()) args.emplace_back();
  if (args.size() != m.params.size()) {
    error(name.loc, std::string(args.size() < m.params.size() ? "too few" : "too many") +
                        " arguments provided to function-like macro invocation");
    return false;
  }
  return true;
}

Token Preprocessor::stringize(const std::vector<Token>& arg, SourceLoc loc) {
  std::string s = "\"";
  for (size_t i = 0; i < arg.size(); ++i) {
    if (i > 0 && arg[i].has_space) s += ' ';
    const std::string& txt = arg[i].text;
    bool quote = arg[i].kind == TokKind::Str || (arg[i].kind == TokKind::Num && txt.find('\'') != std::string::npos);
    for (char c : txt) {
      if (quote && (c == '"' || c == '\\')) s += '\\';
      s += c;
    }
  }
  s += '"';
  Token t;
  t.kind = TokKind::Str;
  t.text = s;
  t.loc = loc;
  return t;
}

bool Preprocessor::paste(Token& lhs, const Token& rhs) {
  std::string text = lhs.text + rhs.text;
  std::vector<Token> toks = tokenize_string(diags_, text, lhs.loc);
  if (toks.size() != 2) {
    error(lhs.loc, "pasting formed '" + text + "', an invalid preprocessing token");
    return false;
  }
  Token t = toks[0];
  t.has_space = lhs.has_space;
  t.hideset = lhs.hideset;
  lhs = t;
  return true;
}

std::vector<Token> Preprocessor::substitute(const Macro& m, const std::vector<std::vector<Token>>& args,
                                            const Token& name) {
  auto param_index = [&](const Token& t) -> int {
    if (t.kind != TokKind::Ident) return -1;
    for (size_t i = 0; i < m.params.size(); ++i)
      if (m.params[i] == t.text) return int(i);
    return -1;
  };
  std::vector<Token> out;
  const std::vector<Token>& body = m.body;
  for (size_t i = 0; i < body.size() && !failed_; ++i) {
    const Token& t = body[i];
    // # param
    if (m.function_like && t.kind == TokKind::Punct && t.text == "#") {
      int p = i + 1 < body.size() ? param_index(body[i + 1]) : -1;
      if (p < 0) {
        error(t.loc, "'#' is not followed by a macro parameter");
        return {};
      }
      out.push_back(stringize(args[p], name.loc));
      out.back().has_space = t.has_space;
      ++i;
      continue;
    }
    // GNU: , ## __VA_ARGS__ drops the comma when the variadic part is empty.
    if (t.text == "," && i + 2 < body.size() && body[i + 1].text == "##" && m.variadic &&
        param_index(body[i + 2]) == int(m.params.size()) - 1) {
      const std::vector<Token>& va = args.back();
      if (va.empty()) {
        i += 2;
        continue;
      }
      out.push_back(t);
      std::vector<Token> e = va;
      e[0].has_space = true;
      out.insert(out.end(), e.begin(), e.end());
      i += 2;
      continue;
    }
    // X ## Y
    if (t.kind == TokKind::Punct && t.text == "##" && i + 1 < body.size()) {
      const Token& rhs = body[i + 1];
      int p = param_index(rhs);
      std::vector<Token> r = p >= 0 ? args[p] : std::vector<Token>{rhs};
      ++i;
      if (r.empty()) continue;
      if (out.empty()) {
        out.insert(out.end(), r.begin(), r.end());
        continue;
      }
      if (!paste(out.back(), r[0])) return {};
      out.insert(out.end(), r.begin() + 1, r.end());
      continue;
    }
    int p = param_index(t);
    if (p >= 0) {
      bool next_is_paste = i + 1 < body.size() && body[i + 1].text == "##";
      std::vector<Token> a = next_is_paste ? args[p] : expand_all(args[p]);
      if (!a.empty()) a[0].has_space = t.has_space;
      out.insert(out.end(), a.begin(), a.end());
      continue;
    }
    out.push_back(t);
  }
  return out;
}

// If `t` names a macro that may expand here, pushes its expansion and
// returns true.
bool Preprocessor::expand(Token& t) {
  if (t.kind != TokKind::Ident || in_hideset(t.hideset, t.text)) return false;
  auto it = macros_.find(t.text);
  if (it == macros_.end()) return false;
  const Macro& m = it->second;
  if (m.builtin != Macro::None) {
    Token r = t;
    r.hideset = nullptr;
    switch (m.builtin) {
      case Macro::File: {
        r.kind = TokKind::Str;
        auto o = line_overrides_.find(t.loc.file);
        if (o != line_overrides_.end() && !o->second.name.empty()) r.text = "\"" + o->second.name + "\"";
        else r.text = "\"" + diags_.file(t.loc.file < 0 ? 0 : t.loc.file).name + "\"";
        break;
      }
      case Macro::Line: {
        auto o = line_overrides_.find(t.loc.file);
        r.kind = TokKind::PPNum;
        r.text = std::to_string(t.loc.line + (o != line_overrides_.end() ? o->second.delta : 0));
        break;
      }
      case Macro::Counter: r.kind = TokKind::PPNum, r.text = std::to_string(counter_++); break;
      case Macro::Date: r.kind = TokKind::Str, r.text = "\"Jan  1 1970\""; break;  // deterministic builds
      case Macro::Time: r.kind = TokKind::Str, r.text = "\"00:00:00\""; break;
      default: break;
    }
    push_front({r});
    return true;
  }
  if (!m.function_like) {
    HideSet hs = hideset_add(t.hideset, m.name);
    std::vector<Token> body = m.body;
    for (Token& b : body) {
      b.hideset = hideset_union(b.hideset, hs);
      b.loc = t.loc;
      b.at_bol = false;
    }
    if (!body.empty()) body[0].has_space = t.has_space;
    push_front(std::move(body));
    return true;
  }
  // A function-like macro name not followed by '(' is an ordinary identifier.
  if (peek().kind != TokKind::Punct || peek().text != "(") return false;
  Macro macro = m;  // the map may change if arguments... (they cannot define, but be safe)
  std::vector<std::vector<Token>> args;
  HideSet rparen_hs;
  if (!read_macro_args(macro, t, args, rparen_hs)) return true;
  HideSet hs = hideset_add(hideset_intersection(t.hideset, rparen_hs), macro.name);
  std::vector<Token> body = substitute(macro, args, t);
  for (Token& b : body) {
    b.hideset = hideset_union(b.hideset, hs);
    b.loc = t.loc;
    b.at_bol = false;
  }
  if (!body.empty()) body[0].has_space = t.has_space;
  push_front(std::move(body));
  return true;
}

}  // namespace

std::vector<Token> preprocess(Diagnostics& diags, int main_file, const PreprocessOptions& opts) {
  Preprocessor pp(diags, opts);
  return pp.run(main_file);
}

}  // namespace forklab::cc
