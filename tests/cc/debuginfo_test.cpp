#include <doctest/doctest.h>

#include "cc/debuginfo.h"
#include "cc/link.h"
#include "cc_test_util.h"

using namespace forklab::cc;

namespace {
DebugInfo build(const std::string& src) {
  CompileResult r = test::compile(src);
  REQUIRE_MESSAGE(r.ok, r.diagnostics_text);
  auto exe = link_executable({{"t.o", r.object}}, LinkOptions{});
  REQUIRE_MESSAGE(exe.ok(), (exe.ok() ? std::string() : exe.error().message));
  auto info = read_debug_info(*exe);
  REQUIRE_MESSAGE(info.ok(), (info.ok() ? std::string() : info.error().message));
  return *info;
}
}  // namespace

TEST_CASE("line table maps each statement to its line, in order") {
  DebugInfo d = build(
      "int g;\n"                  // 1
      "int main(void) {\n"        // 2
      "  int a = 1;\n"            // 3
      "  int b = a + 2;\n"        // 4
      "  g = a * b;\n"            // 5
      "  return g;\n"             // 6
      "}\n"                       // 7
      "void _start(void) {\n"     // 8
      "  __builtin_syscall(93, main());\n"  // 9
      "}\n");
  std::vector<unsigned> lines;
  for (const DebugLine& l : d.lines) lines.push_back(l.line);
  CHECK(lines == std::vector<unsigned>{2, 3, 4, 5, 6, 8, 9});
  for (size_t i = 1; i < d.lines.size(); ++i) CHECK(d.lines[i].addr > d.lines[i - 1].addr);
  REQUIRE(d.funcs.size() == 2);
  CHECK(d.funcs[0].name == "main");
  CHECK(d.funcs[0].lo >= 0x10000);
  CHECK(d.line_for_pc(d.lines[2].addr + 4)->line == 4);
  CHECK(d.pcs_for_line("t.c", 5).size() == 1);
  CHECK(d.func_for_pc(d.lines[6].addr)->name == "_start");
}

TEST_CASE("variables: globals with addresses, locals with frame offsets, types and scopes") {
  DebugInfo d = build(
      "struct pt { int x; char tag; };\n"
      "int counter = 3;\n"
      "int main(int argc, char **argv) {\n"
      "  int a = argc;\n"
      "  struct pt p = {1, 'q'};\n"
      "  { long long inner = a; a += (int)inner; }\n"
      "  return a + p.x;\n"
      "}\n"
      "void _start(void) { __builtin_syscall(93, main(0, 0)); }\n");
  const DebugVar* g = nullptr;
  for (auto& v : d.vars)
    if (v.name == "counter") g = &v;
  REQUIRE(g);
  CHECK(g->kind == DebugVarKind::Global);
  CHECK(g->location >= 0x10000);
  CHECK(d.types[g->type].name == "int");
  forklab::u32 body = d.pcs_for_line("t.c", 7).at(0);
  const DebugVar* a = d.find_var("a", body);
  REQUIRE(a);
  CHECK(a->kind == DebugVarKind::Local);
  CHECK(a->location < 0);
  CHECK(d.types[a->type].name == "int");
  const DebugVar* p = d.find_var("p", body);
  REQUIRE(p);
  CHECK(d.types[p->type].kind == DebugTypeKind::Struct);
  CHECK(d.types[p->type].members.size() == 2);
  CHECK(d.types[p->type].members[1].name == "tag");
  CHECK(d.types[p->type].members[1].offset == 4);
  CHECK(p->location != a->location);
  const DebugVar* argv = d.find_var("argv", body);
  REQUIRE(argv);
  CHECK(argv->kind == DebugVarKind::Param);
  CHECK(d.types[argv->type].name == "char **");
  // `inner` is only in scope inside its block.
  CHECK(d.find_var("inner", body) == nullptr);
  CHECK(d.find_var("inner", d.pcs_for_line("t.c", 6).at(0)) != nullptr);
}

TEST_CASE("a truncated debug section is rejected") {
  std::vector<forklab::u8> bad = {0x46, 0x4c, 0x44, 0x42, 1, 0, 0, 0, 0xff, 0xff, 0, 0};
  bad.resize(40, 0);
  CHECK_FALSE(decode_debug_info(bad).ok());
}
