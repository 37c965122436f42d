// Tokens shared by the lexer, the preprocessor and the parser.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/types.h"
#include "cc/diag.h"

namespace forklab::cc {

enum class TokKind : u8 {
  Ident,    // identifiers (keywords too, until the preprocessor is done)
  Keyword,  // set by convert_tokens after preprocessing
  Punct,    // punctuators: "+", "<<=", "..."
  PPNum,    // preprocessing number, converted to Num after preprocessing
  Num,      // integer or floating constant (char constants too)
  Str,      // string literal; `str` holds the decoded bytes without the NUL
  Invalid,  // a stray byte; an error only if it survives preprocessing
  Eof,
};

// The arithmetic type of a numeric constant, decided by its spelling.
enum class NumType : u8 { Int, UInt, Long, ULong, LLong, ULLong, Float, Double };

// Names of the macros a token came from; it must not expand them again.
using HideSet = std::shared_ptr<const std::vector<std::string>>;

struct Token {
  TokKind kind = TokKind::Eof;
  std::string text;  // the spelling, as in the source
  SourceLoc loc;
  bool at_bol = false;     // first token on its line
  bool has_space = false;  // whitespace before it
  HideSet hideset;

  // Filled in for Num and Str tokens after preprocessing.
  NumType num_type = NumType::Int;
  u64 ival = 0;
  double fval = 0;
  std::string str;

  bool is(const char* s) const { return (kind == TokKind::Punct || kind == TokKind::Keyword || kind == TokKind::Ident) && text == s; }
};

// Splits one source file into preprocessing tokens (comments removed,
// line splices joined). Unterminated comments and strings are diagnosed.
std::vector<Token> tokenize_file(Diagnostics& diags, int file_id);

// Tokenizes a string that is not a file, e.g. a -D definition or a macro
// argument being re-lexed after ## or #.
std::vector<Token> tokenize_string(Diagnostics& diags, const std::string& text, SourceLoc loc);

// After preprocessing: keywords, numeric constants, string decoding and
// adjacent string concatenation. Returns false after an error.
bool convert_tokens(Diagnostics& diags, std::vector<Token>& toks);

bool is_keyword(const std::string& s);

}  // namespace forklab::cc
