#include <doctest/doctest.h>

#include "cc/compiler.h"
#include "cc/token.h"

using namespace forklab::cc;

namespace {
std::vector<Token> lex(const std::string& s, Diagnostics& d) {
  int f = d.add_file("t.c", s);
  return tokenize_file(d, f);
}
}  // namespace

TEST_CASE("lexer splits punctuators longest first and records positions") {
  Diagnostics d;
  auto t = lex("a<<=b->c...\n  x", d);
  REQUIRE(t.size() == 8);
  CHECK(t[1].text == "<<=");
  CHECK(t[3].text == "->");
  CHECK(t[5].text == "...");
  CHECK(t[6].text == "x");
  CHECK(t[6].loc.line == 2);
  CHECK(t[6].loc.col == 3);
  CHECK(t[6].at_bol);
  CHECK(t[7].kind == TokKind::Eof);
}

TEST_CASE("lexer removes comments and joins spliced lines but keeps line numbers") {
  Diagnostics d;
  auto t = lex("a /* x\n y */ b // c\nd\\\ne\nf", d);
  REQUIRE(t.size() == 5);
  CHECK(t[1].text == "b");
  CHECK(t[2].text == "de");
  CHECK(t[3].text == "f");
  CHECK(t[3].loc.line == 5);
}

TEST_CASE("unterminated comment and string are errors at their start") {
  Diagnostics d;
  lex("int x; /* never ends", d);
  REQUIRE(d.has_errors());
  CHECK(d.list()[0].loc.col == 8);
  CHECK(d.list()[0].message == "unterminated /* comment");
  // An unterminated quote is an error when the token survives
  // preprocessing (convert_tokens), at the quote.
  Diagnostics d2;
  auto t = lex("char *s = \"abc;\n", d2);
  CHECK(!d2.has_errors());
  CHECK(!convert_tokens(d2, t));
  REQUIRE(d2.has_errors());
  CHECK(d2.list()[0].message == "missing terminating '\"' character");
  CHECK(d2.list()[0].loc.col == 11);
  Diagnostics d3;
  auto t3 = lex("int c = 'x;\n", d3);
  CHECK(!convert_tokens(d3, t3));
  CHECK(d3.list()[0].message == "missing terminating ' character");
}

TEST_CASE("an apostrophe in a skipped group is not an error") {
  CompileOptions o;
  CompileResult r = compile_c("skip.c", "#if 0\nthat's prose, not C \"\n#endif\nint main(void) { return 0; }\n", o);
  CHECK(r.ok);
  CHECK(r.diagnostics_text == "");
  CompileResult bad = compile_c("bad.c", "int main(void) { return 'x; }\n", o);
  CHECK(!bad.ok);
  CHECK(bad.diagnostics_text.find("bad.c:1:25: error: missing terminating ' character") != std::string::npos);
}

TEST_CASE("numbers get C11 types from their spelling") {
  Diagnostics d;
  auto t = lex("42 42u 42L 0xffffffff 2147483648 4294967296 1.5 1.5f 'a' '\\n' '\\xff' 07", d);
  REQUIRE(convert_tokens(d, t));
  CHECK(t[0].num_type == NumType::Int);
  CHECK(t[1].num_type == NumType::UInt);
  CHECK(t[2].num_type == NumType::Long);
  CHECK(t[3].num_type == NumType::UInt);
  CHECK(t[4].num_type == NumType::LLong);
  CHECK(t[5].num_type == NumType::LLong);
  CHECK(t[6].num_type == NumType::Double);
  CHECK(t[7].num_type == NumType::Float);
  CHECK(t[8].ival == 97);
  CHECK(t[9].ival == 10);
  CHECK(t[10].ival == 255);  // char is unsigned
  CHECK(t[11].ival == 7);
}

TEST_CASE("too large integer literal is diagnosed") {
  Diagnostics d;
  auto t = lex("99999999999999999999999", d);
  CHECK_FALSE(convert_tokens(d, t));
  CHECK(d.list()[0].message == "integer literal is too large to be represented in any integer type");
}

TEST_CASE("adjacent string literals are concatenated and escapes decoded") {
  Diagnostics d;
  auto t = lex("\"ab\" \"c\\n\\101\"", d);
  REQUIRE(convert_tokens(d, t));
  CHECK(t.size() == 2);
  CHECK(t[0].str == "abc\nA");
}
