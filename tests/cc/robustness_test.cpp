// Hostile inputs end in diagnostics in bounded time and memory (SPEC §10).
#include <doctest/doctest.h>

#include <random>

#include "cc_test_util.h"

using namespace forklab::cc;

TEST_CASE("random bytes give diagnostics, never a crash") {
  std::mt19937 rng(12345);
  for (int round = 0; round < 200; ++round) {
    std::string s;
    int n = rng() % 400;
    for (int i = 0; i < n; ++i) s += char(rng() % 256);
    CompileResult r = test::compile(s);
    if (!r.ok) CHECK_FALSE(r.diagnostics.empty());
  }
}

TEST_CASE("random C-like token soup gives diagnostics, never a crash") {
  const char* words[] = {"int", "(", ")", "{", "}", "x", ";", "*", "[", "]", "struct", "s", ",", "=", "1", "\"a\"",
                         "if", "else", "for", "return", "+", "-", "&", "#define", "\n", "typedef", "...", ":", "?",
                         "case", "switch", "sizeof", "char", "goto", "L", "->", ".", "'c'", "0x1p", "union", "enum"};
  std::mt19937 rng(7);
  for (int round = 0; round < 300; ++round) {
    std::string s;
    int n = rng() % 80;
    for (int i = 0; i < n; ++i) s += std::string(words[rng() % (sizeof words / sizeof *words)]) + " ";
    test::compile(s);
  }
}

TEST_CASE("10000 nested parentheses hit the nesting limit") {
  std::string s = "int x = " + std::string(10000, '(') + "1" + std::string(10000, ')') + ";";
  CompileResult r = test::compile(s);
  CHECK_FALSE(r.ok);
  CHECK(r.diagnostics.front().message == "bracket nesting level exceeded maximum of 256");
}

TEST_CASE("deeply nested blocks, declarators and unary operators are bounded") {
  CHECK_FALSE(test::compile("void f(void) " + std::string(5000, '{') + std::string(5000, '}')).ok);
  CHECK_FALSE(test::compile("int " + std::string(5000, '*') + "p;").ok);
  CHECK_FALSE(test::compile("int x = " + std::string(5000, '-') + "1;").ok);
  CHECK_FALSE(test::compile("int x = " + std::string(5000, '!') + "1;").ok);
}

TEST_CASE("truncated programs end with an error") {
  std::string prog = "struct s { int a; }; int main(void) { struct s v = {1}; for (int i = 0; i < 3; i++) { v.a += i; } return v.a; }";
  for (size_t cut = 1; cut < prog.size(); cut += 3) {
    CompileResult r = test::compile(prog.substr(0, cut));
    if (!r.ok) CHECK_FALSE(r.diagnostics.empty());
  }
}

TEST_CASE("exponential macro expansion is stopped") {
  std::string s;
  s += "#define a0 x\n";
  for (int i = 1; i < 40; ++i) s += "#define a" + std::to_string(i) + " a" + std::to_string(i - 1) + " a" + std::to_string(i - 1) + "\n";
  s += "a39\n";
  CompileResult r = test::compile(s);
  CHECK_FALSE(r.ok);
  CHECK(r.diagnostics.front().message == "macro expansion produces too many tokens");
}

TEST_CASE("huge literals and arrays are diagnosed") {
  CHECK_FALSE(test::compile("int x = 123456789012345678901234567890;").ok);
  CHECK_FALSE(test::compile("char big[2000000000];").ok);
  CHECK(test::compile("double d = 1e999;").ok);  // inf, as gcc
}
