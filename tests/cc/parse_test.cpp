#include <doctest/doctest.h>

#include "cc_test_util.h"

using namespace forklab::cc;
using test::compile;
using test::first_diag;

TEST_CASE("valid C99/C11 constructs compile without diagnostics") {
  const char* src = R"(
    #include <stddef.h>
    struct p { int x, y; };
    union u { struct { int a, b; }; long long all; };
    _Static_assert(sizeof(struct p) == 8, "size");
    typedef int (*fn)(int);
    static int sq(int v) { return v * v; }
    int main(void) {
      struct p a = {.y = 2, .x = 1};
      int arr[] = {[3] = 7, [1] = 2};
      struct p *cl = &(struct p){3, 4};
      union u w; w.a = 1;
      _Bool b = arr[3];
      fn f = sq;
      int n = _Alignof(long long) + (int)offsetof(struct p, y);
      for (int i = 0; i < 3; i++) n += i;
      return a.x + cl->y + b + f(2) + n + w.b + (int)sizeof arr;
    }
  )";
  CompileResult r = compile(src);
  CHECK(r.ok);
  CHECK(r.diagnostics_text == "");
}

TEST_CASE("K&R habits: implicit int and implicit function declarations warn") {
  CompileResult r = compile("main() { static x; return foo(x); }\nold(a, b) char *b; { return a + *b; }\n");
  CHECK(r.ok);
  REQUIRE(r.diagnostics.size() == 3);
  CHECK(first_diag(r) == "1:1: warning: type specifier missing, defaults to 'int'");
  CHECK(r.diagnostics[1].message == "implicit declaration of function 'foo'");
  CHECK(r.diagnostics[2].message == "type specifier missing, defaults to 'int'");
}

TEST_CASE("semantic errors have exact line, column and message") {
  CHECK(first_diag(compile("int main(void) { return y; }")) == "1:25: error: use of undeclared identifier 'y'");
  CHECK(first_diag(compile("int main(void) {\n  int x = 1\n  return x;\n}")) == "3:3: error: expected ';'");
  CHECK(first_diag(compile("struct s { int a; };\nint f(struct s v) { return v.b; }")) ==
        "2:30: error: no member named 'b' in 'struct s'");
  CHECK(first_diag(compile("int f(int a, int b);\nint g(void) { return f(1); }")) ==
        "2:25: error: too few arguments to function call, expected 2, have 1");
  CHECK(first_diag(compile("void f(void) { break; }")) == "1:16: error: 'break' statement not in loop or switch statement");
  CHECK(first_diag(compile("int f(void) { goto nowhere; }")) == "1:20: error: use of undeclared label 'nowhere'");
  CHECK(first_diag(compile("int x; int x = 1; int x = 2;")) == "1:23: error: redefinition of 'x'");
  CHECK(first_diag(compile("int f(void) { int a; int a; }")) == "1:26: error: redefinition of 'a'");
  CHECK(first_diag(compile("int f(void) { 3 = 4; }")) == "1:17: error: expression is not assignable");
  CHECK(first_diag(compile("int f(int x) { switch (x) { case 1: case 1: ; } }")) == "1:37: error: duplicate case value '1'");
  CHECK(first_diag(compile("_Static_assert(1 == 2, \"nope\");")) == "1:1: error: static assertion failed: nope");
}

TEST_CASE("printf format mismatches warn") {
  CompileResult r = compile("int printf(const char *, ...);\nint main(void) { printf(\"%s %d\\n\", 1, 2); }");
  CHECK(r.ok);
  CHECK(first_diag(r) == "2:36: warning: format specifies type 'char *' but the argument has type 'int'");
}

TEST_CASE("missing return in a non-void function warns") {
  CompileResult r = compile("int f(int x) { x++; }");
  CHECK(r.ok);
  CHECK(first_diag(r) == "1:21: warning: non-void function does not return a value");
}

TEST_CASE("independent errors in one compile are all reported, each once") {
  CompileResult r = compile(
      "struct p { int x; };\n"                        // 1
      "int f(int a) {\n"                              // 2
      "  int b = a + undeclared_one;\n"               // 3
      "  if (b > 3) {\n"                              // 4
      "    b = b +;\n"                                // 5
      "  }\n"                                         // 6
      "  struct p q;\n"                               // 7
      "  q.y = 4;\n"                                  // 8
      "  return b;\n"                                 // 9
      "}\n"                                           // 10
      "int g(int, ) { return 0; }\n"                  // 11
      "int main(void) { return f(1) + missing; }\n"); // 12
  CHECK_FALSE(r.ok);
  std::vector<std::string> got;
  for (const Diagnostic& d : r.diagnostics)
    if (d.severity == Severity::Error) got.push_back(std::to_string(d.loc.line) + ":" + std::to_string(d.loc.col) + " " + d.message);
  std::vector<std::string> want = {"3:15 use of undeclared identifier 'undeclared_one'", "5:12 expected expression",
                                   "8:5 no member named 'y' in 'struct p'", "11:12 expected parameter declarator",
                                   "12:32 use of undeclared identifier 'missing'"};
  CHECK(got == want);
}

TEST_CASE("error recovery stops at the error limit and always makes progress") {
  std::string src = "int main(void) {\n";
  for (int i = 0; i < 200; ++i) src += "  x" + std::to_string(i) + " = 1;\n";
  src += "}\n";
  CompileResult r = compile(src);
  CHECK_FALSE(r.ok);
  int errors = 0;
  for (const Diagnostic& d : r.diagnostics) errors += d.severity == Severity::Error;
  CHECK(errors == Diagnostics::kMaxErrors);
  // Garbage at file scope and unbalanced brackets end too.
  CompileResult g = compile("int a = ; } } ) ] int b(; struct { int c int main( { {");
  CHECK_FALSE(g.ok);
}
