#include <doctest/doctest.h>

#include "cc_test_util.h"

using namespace forklab::cc;
using test::preprocessed;

TEST_CASE("object-like and function-like macros") {
  CHECK(preprocessed("#define N 10\n#define SQ(x) ((x)*(x))\nN SQ(N+1)\n") == "10 ((10+1)*(10+1))\n");
}

TEST_CASE("stringize and paste") {
  CHECK(preprocessed("#define S(x) #x\n#define C(a,b) a##b\nS(a  +  \"q\") C(foo,bar) C(1,2)\n") ==
        "\"a + \\\"q\\\"\" foobar 12\n");
}

TEST_CASE("variadic macros and GNU comma swallowing") {
  CHECK(preprocessed("#define P(f, ...) g(f, __VA_ARGS__)\n#define Q(f, ...) g(f, ## __VA_ARGS__)\nP(1,2,3) Q(x) Q(x,y)\n") ==
        "g(1, 2,3) g(x) g(x, y)\n");
}

TEST_CASE("recursive macros stop expanding") {
  CHECK(preprocessed("#define foo foo bar\n#define a b\n#define b a\nfoo a\n") == "foo bar a\n");
}

TEST_CASE("conditionals with defined, elif and nesting") {
  const char* src =
      "#define X 2\n"
      "#if defined(X) && X > 1\nA\n#elif 1\nB\n#else\nC\n#endif\n"
      "#ifdef NOPE\n#if 1\nD\n#endif\n#else\nE\n#endif\n"
      "#if 0\n#elif X == 2\nF\n#endif\n";
  CHECK(preprocessed(src) == "A\nE\nF\n");
}

TEST_CASE("#include with -I, quotes relative to the includer, and #pragma once") {
  std::map<std::string, std::string> files = {{"inc/a.h", "#pragma once\nint a;\n"},
                                              {"inc/b.h", "#include \"a.h\"\nint b;\n"}};
  CHECK(preprocessed("#include <a.h>\n#include \"b.h\"\n#include <a.h>\nend\n", files) == "int a;\nint b;\nend\n");
}

TEST_CASE("__FILE__, __LINE__ and builtin headers") {
  CHECK(preprocessed("__FILE__ __LINE__\n\n__LINE__\n") == "\"t.c\" 1\n3\n");
  CHECK(preprocessed("#include <stdbool.h>\ntrue false\n") == "1 0\n");
}

TEST_CASE("-D and -U") {
  CompileOptions opts;
  opts.defines.push_back({"V", "7"});
  opts.defines.push_back({"W", "1"});
  opts.undefines.push_back("W");
  std::string out;
  CompileResult r = preprocess_only("t.c", "V W\n", opts, &out);
  CHECK(r.ok);
  CHECK(out == "7 W\n");
}

TEST_CASE("preprocessor errors have exact locations") {
  CHECK(test::first_diag(test::compile("#include \"missing.h\"\n")) == "1:10: error: 'missing.h' file not found");
  CHECK(test::first_diag(test::compile("#if 1\nint x;\n")) == "1:2: error: unterminated conditional directive");
  CHECK(test::first_diag(test::compile("#endif\n")) == "1:2: error: #endif without #if");
  CHECK(test::first_diag(test::compile("#error stop here\n")) == "1:2: error: #error stop here");
  CHECK(test::first_diag(test::compile("#define F(a,b) a\nF(1)\n")) ==
        "2:1: error: too few arguments provided to function-like macro invocation");
  CHECK(test::first_diag(test::compile("#foo\n")) == "1:2: error: invalid preprocessing directive #foo");
  CHECK(test::first_diag(test::compile("#if 1/0\n#endif\n")) == "1:6: error: division by zero in preprocessor expression");
}

TEST_CASE("self-including file stops at the include depth limit") {
  std::map<std::string, std::string> files = {{"inc/self.h", "#include <self.h>\n"}};
  CompileResult r = test::compile("#include <self.h>\n", files);
  CHECK_FALSE(r.ok);
  CHECK(r.diagnostics.front().message == "#include nested too deeply");
}
