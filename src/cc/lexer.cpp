// The lexer: source text to preprocessing tokens (C11 6.4), and the
// conversion of those tokens to parser tokens once preprocessing is done.
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <unordered_set>

#include "cc/token.h"

namespace forklab::cc {
namespace {

bool is_ident_start(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$'; }
bool is_ident_char(unsigned char c) { return is_ident_start(c) || (c >= '0' && c <= '9'); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

const char* const kPuncts[] = {"<<=", ">>=", "...", "==", "!=", "<=", ">=", "->", "+=", "-=", "*=",
                               "/=",  "++",  "--",  "%=", "&=", "|=", "^=", "&&", "||", "<<", ">>",
                               "##"};

struct Lexer {
  Diagnostics& diags;
  const std::string& src;  // text with line splices removed
  int file;
  size_t pos = 0;
  int line = 1;
  size_t line_start = 0;
  std::vector<Token> out;

  SourceLoc loc_at(size_t p) const { return {file, line, int(p - line_start) + 1}; }

  void newline_at(size_t p) {
    ++line;
    line_start = p + 1;
  }

  // Skips a quoted literal starting at src[pos] (the quote); returns false if
  // it runs into the end of the line.
  bool skip_quoted(char quote) {
    size_t p = pos + 1;
    while (p < src.size() && src[p] != quote) {
      if (src[p] == '\n') return false;
      if (src[p] == '\\' && p + 1 < src.size() && src[p + 1] != '\n') ++p;
      ++p;
    }
    if (p >= src.size()) return false;
    pos = p + 1;
    return true;
  }

  void run() {
    out.reserve(src.size() / 4 + 16);
    bool at_bol = true, has_space = false;
    while (pos < src.size()) {
      unsigned char c = src[pos];
      if (c == '\n') {
        newline_at(pos);
        ++pos;
        at_bol = true;
        has_space = false;
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
        ++pos;
        has_space = true;
        continue;
      }
      if (c == '/' && pos + 1 < src.size() && src[pos + 1] == '/') {
        while (pos < src.size() && src[pos] != '\n') ++pos;
        has_space = true;
        continue;
      }
      if (c == '/' && pos + 1 < src.size() && src[pos + 1] == '*') {
        SourceLoc start = loc_at(pos);
        size_t p = pos + 2;
        while (p + 1 < src.size() && !(src[p] == '*' && src[p + 1] == '/')) {
          if (src[p] == '\n') newline_at(p);
          ++p;
        }
        if (p + 1 >= src.size()) {
          diags.error(start, "unterminated /* comment");
          pos = src.size();
          break;
        }
        pos = p + 2;
        has_space = true;
        continue;
      }
      Token t;
      t.loc = loc_at(pos);
      t.at_bol = at_bol;
      t.has_space = has_space;
      at_bol = has_space = false;
      size_t start = pos;
      if (is_digit(c) || (c == '.' && pos + 1 < src.size() && is_digit(src[pos + 1]))) {
        ++pos;
        while (pos < src.size()) {
          char d = src[pos];
          if ((d == '+' || d == '-') && strchr("eEpP", src[pos - 1])) ++pos;
          else if (is_ident_char(d) || d == '.') ++pos;
          else break;
        }
        t.kind = TokKind::PPNum;
      } else if (c == '"' || c == '\'' ||
                 ((c == 'L' || c == 'u' || c == 'U') && pos + 1 < src.size() && (src[pos + 1] == '"' || src[pos + 1] == '\''))) {
        size_t q = (c == '"' || c == '\'') ? pos : pos + 1;
        char quote = src[q];
        pos = q;
        if (!skip_quoted(quote)) {
          // An error only if it survives preprocessing: skipped groups
          // (#if 0) may hold prose with apostrophes, as gcc allows.
          while (pos < src.size() && src[pos] != '\n') ++pos;
          t.kind = TokKind::Invalid;
        } else {
          t.kind = quote == '"' ? TokKind::Str : TokKind::PPNum;  // char constants become numbers later
          if (quote == '\'') t.kind = TokKind::Num, t.num_type = NumType::Int;
        }
      } else if (is_ident_start(c)) {
        while (pos < src.size() && is_ident_char(src[pos])) ++pos;
        t.kind = TokKind::Ident;
      } else {
        t.kind = TokKind::Punct;
        size_t n = 0;
        for (const char* p : kPuncts) {
          size_t len = strlen(p);
          if (src.compare(pos, len, p) == 0) {
            n = len;
            break;
          }
        }
        if (n == 0) {
          n = 1;
          if (!strchr("[](){}.&*+-~!/%<>^|?:;=,#", c) || c == 0) t.kind = TokKind::Invalid;
        }
        pos += n;
      }
      t.text = src.substr(start, pos - start);
      out.push_back(std::move(t));
    }
    Token eof;
    eof.kind = TokKind::Eof;
    eof.loc = loc_at(pos);
    eof.at_bol = true;
    out.push_back(eof);
  }
};

// Removes backslash-newline pairs, adding the lost newlines after the logical
// line so the following lines keep their numbers.
std::string join_spliced_lines(const std::string& in) {
  std::string out;
  out.reserve(in.size() + 1);
  int pending = 0;
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i] == '\\' && i + 1 < in.size() && in[i + 1] == '\n') {
      ++pending;
      ++i;
    } else if (in[i] == '\\' && i + 2 < in.size() && in[i + 1] == '\r' && in[i + 2] == '\n') {
      ++pending;
      i += 2;
    } else if (in[i] == '\n') {
      out += '\n';
      out.append(pending, '\n');
      pending = 0;
    } else {
      out += in[i];
    }
  }
  out.append(pending, '\n');
  if (!out.empty() && out.back() != '\n') out += '\n';
  return out;
}

}  // namespace

std::vector<Token> tokenize_file(Diagnostics& diags, int file_id) {
  std::string text = join_spliced_lines(diags.file(file_id).text);
  Lexer lx{diags, text, file_id};
  lx.run();
  return std::move(lx.out);
}

std::vector<Token> tokenize_string(Diagnostics& diags, const std::string& text, SourceLoc loc) {
  // Diagnostics inside such strings point at `loc`, the place that made them.
  Diagnostics scratch;
  int id = scratch.add_file("<scratch>", text);
  std::string joined = join_spliced_lines(text);
  Lexer lx{scratch, joined, id};
  lx.run();
  for (Token& t : lx.out) t.loc = loc;
  if (scratch.has_errors()) diags.error(loc, scratch.list().front().message);
  lx.out.back().at_bol = false;
  return std::move(lx.out);
}

bool is_keyword(const std::string& s) {
  static const std::unordered_set<std::string> kw = {
      "return", "if", "else", "for", "while", "int", "sizeof", "char", "struct", "union", "short", "long",
      "void", "typedef", "_Bool", "enum", "static", "goto", "break", "continue", "switch", "case",
      "default", "extern", "_Alignof", "_Alignas", "do", "signed", "unsigned", "const", "volatile",
      "auto", "register", "restrict", "__restrict", "__restrict__", "_Noreturn", "float", "double",
      "typeof", "__typeof__", "inline", "__inline", "__inline__", "_Thread_local", "__thread",
      "_Atomic", "_Static_assert", "static_assert", "__attribute__", "__signed__", "__const", "__volatile__",
      "__builtin_va_arg", "__builtin_offsetof", "_Generic", "asm", "__asm__", "__extension__", "_Complex"};
  return kw.count(s) > 0;
}

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes one (possibly escaped) character at s[i]; advances i.
u32 read_escaped(const std::string& s, size_t& i, bool& bad) {
  if (s[i] != '\\') return (unsigned char)s[i++];
  ++i;
  if (i >= s.size()) {
    bad = true;
    return 0;
  }
  char c = s[i++];
  if (c >= '0' && c <= '7') {
    u32 v = c - '0';
    for (int k = 0; k < 2 && i < s.size() && s[i] >= '0' && s[i] <= '7'; ++k) v = v * 8 + (s[i++] - '0');
    return v;
  }
  if (c == 'x') {
    u32 v = 0;
    int digits = 0;
    while (i < s.size() && hex_value(s[i]) >= 0) {
      v = (v << 4) | hex_value(s[i++]);
      ++digits;
    }
    if (digits == 0) bad = true;
    return v;
  }
  switch (c) {
    case 'a': return 7;
    case 'b': return 8;
    case 't': return 9;
    case 'n': return 10;
    case 'v': return 11;
    case 'f': return 12;
    case 'r': return 13;
    case 'e': return 27;
    default: return (unsigned char)c;
  }
}

bool convert_number(Diagnostics& diags, Token& t) {
  const std::string& s = t.text;
  // Integer first: prefix, digits, suffix.
  size_t i = 0;
  int base = 10;
  if (s.size() > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) base = 16, i = 2;
  else if (s.size() > 1 && s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) base = 2, i = 2;
  else if (s[0] == '0') base = 8;
  bool is_float = false;
  for (char c : s) {
    if (c == '.' || (base != 16 && (c == 'e' || c == 'E')) || (base == 16 && (c == 'p' || c == 'P'))) is_float = true;
  }
  if (is_float) {
    std::string body = s;
    bool is_f = false;
    if (!body.empty() && (body.back() == 'f' || body.back() == 'F')) is_f = true, body.pop_back();
    else if (!body.empty() && (body.back() == 'l' || body.back() == 'L')) body.pop_back();
    char* end = nullptr;
    errno = 0;
    double v = strtod(body.c_str(), &end);
    if (end != body.c_str() + body.size()) {
      diags.error(t.loc, "invalid floating constant '" + s + "'");
      return false;
    }
    t.kind = TokKind::Num;
    t.fval = v;
    t.num_type = is_f ? NumType::Float : NumType::Double;
    return true;
  }
  u64 v = 0;
  bool overflow = false;
  size_t digits_start = i;
  for (; i < s.size(); ++i) {
    int d = hex_value(s[i]);
    if (d < 0 || d >= base) break;
    if (v > (~u64(0) - d) / base) overflow = true;
    v = v * base + d;
  }
  if (base != 8 && i == digits_start) {
    diags.error(t.loc, "invalid digit in constant '" + s + "'");
    return false;
  }
  bool u = false;
  int l = 0;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if ((c == 'u' || c == 'U') && !u) u = true;
    else if ((c == 'l' || c == 'L') && l == 0) {
      l = 1;
      if (i + 1 < s.size() && s[i + 1] == c) l = 2, ++i;
    } else {
      if (hex_value(c) >= 0 && hex_value(c) < 10 && base == 8)
        diags.error(t.loc, std::string("invalid digit '") + c + "' in octal constant");
      else
        diags.error(t.loc, "invalid suffix '" + s.substr(i) + "' on integer constant");
      return false;
    }
  }
  if (overflow) {
    diags.error(t.loc, "integer literal is too large to be represented in any integer type");
    return false;
  }
  t.kind = TokKind::Num;
  t.ival = v;
  // C11 6.4.4.1: the first type of the list that can hold the value.
  bool dec = base == 10;
  auto fits_signed32 = v <= 0x7fffffffu, fits_u32 = v <= 0xffffffffu, fits_s64 = v <= 0x7fffffffffffffffull;
  NumType nt;
  if (l == 2) nt = u ? NumType::ULLong : (fits_s64 ? NumType::LLong : NumType::ULLong);
  else if (u) nt = fits_u32 ? (l ? NumType::ULong : NumType::UInt) : NumType::ULLong;
  else if (l == 1) nt = fits_signed32 ? NumType::Long : (!dec && fits_u32) ? NumType::ULong : fits_s64 ? NumType::LLong : NumType::ULLong;
  else nt = fits_signed32 ? NumType::Int : (!dec && fits_u32) ? NumType::UInt : fits_s64 ? NumType::LLong : NumType::ULLong;
  t.num_type = nt;
  return true;
}

bool convert_char(Diagnostics& diags, Token& t) {
  size_t q = t.text.find('\'');
  bool wide = q > 0;
  std::string body = t.text.substr(q + 1, t.text.size() - q - 2);
  if (body.empty()) {
    diags.error(t.loc, "empty character constant");
    return false;
  }
  size_t i = 0;
  bool bad = false;
  u32 v = read_escaped(body, i, bad);
  // Multi-character constants: gcc packs them big-endian into an int.
  while (i < body.size() && !bad) v = (v << 8) | (read_escaped(body, i, bad) & 0xff);
  if (bad) {
    diags.error(t.loc, "invalid escape sequence in character constant");
    return false;
  }
  t.kind = TokKind::Num;
  t.num_type = NumType::Int;
  // char is unsigned on RV32, so '\xff' is 255; wide chars are int.
  t.ival = wide ? u64(i64(i32(v))) : u64(v);
  return true;
}

bool decode_string(Diagnostics& diags, Token& t, std::string& out) {
  size_t q = t.text.find('"');
  if (q != 0) {
    diags.error(t.loc, "wide string literals are not supported");
    return false;
  }
  std::string body = t.text.substr(1, t.text.size() - 2);
  size_t i = 0;
  bool bad = false;
  while (i < body.size()) out += char(read_escaped(body, i, bad));
  if (bad) {
    diags.error(t.loc, "invalid escape sequence in string literal");
    return false;
  }
  return true;
}

}  // namespace

bool convert_tokens(Diagnostics& diags, std::vector<Token>& toks) {
  std::vector<Token> out;
  out.reserve(toks.size());
  for (size_t i = 0; i < toks.size(); ++i) {
    Token& t = toks[i];
    if (t.kind == TokKind::Ident && is_keyword(t.text)) t.kind = TokKind::Keyword;
    else if (t.kind == TokKind::PPNum) {
      if (!convert_number(diags, t)) return false;
    } else if (t.kind == TokKind::Num && t.text.find('\'') != std::string::npos) {
      if (!convert_char(diags, t)) return false;
    } else if (t.kind == TokKind::Str) {
      std::string s;
      if (!decode_string(diags, t, s)) return false;
      // Adjacent string literals are one (translation phase 6).
      while (i + 1 < toks.size() && toks[i + 1].kind == TokKind::Str) {
        ++i;
        if (!decode_string(diags, toks[i], s)) return false;
      }
      t.str = std::move(s);
    } else if (t.kind == TokKind::Invalid && (t.text[0] == '"' || t.text[0] == '\'' || t.text.size() > 1)) {
      diags.error(t.loc, t.text.find('"') < t.text.find('\'') ? "missing terminating '\"' character" : "missing terminating ' character");
      return false;
    } else if (t.kind == TokKind::Invalid) {
      diags.error(t.loc, "stray '" + (t.text[0] >= 32 && t.text[0] < 127 ? t.text : std::string("\\") + std::to_string((unsigned char)t.text[0])) + "' in program");
      return false;
    }
    out.push_back(std::move(t));
  }
  toks = std::move(out);
  return true;
}

}  // namespace forklab::cc
