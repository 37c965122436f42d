// cc_debug_exec: the debug information checked against a running program.
// A program compiled by forklab-cc and linked by our linker runs on
// ForkLab's own RV32 machine (src/machine) until the pc reaches a line's
// first instruction (as a breakpoint from pcs_for_line would); there every
// local is read back from s0 + its frame offset with its recorded type's
// size, and must hold the value the source gave it. The line table must
// also name the source line of every statement the program executes, in
// execution order.
#include <doctest/doctest.h>

#include <cstring>
#include <string>
#include <vector>

#include "cc/debuginfo.h"
#include "cc/link.h"
#include "cc_test_util.h"
#include "machine/elf.h"
#include "machine/machine.h"
#include "machine/sv32.h"

using namespace forklab;
using namespace forklab::cc;

namespace {

const char* kProgram =
    "struct pt { int x; char tag; short s; };\n"         // 1
    "long long big;\n"                                   // 2
    "int probe(int v) {\n"                               // 3
    "  int twice = v * 2;\n"                             // 4
    "  return twice + 1;\n"                              // 5
    "}\n"                                                // 6
    "int main(void) {\n"                                 // 7
    "  int a = 11;\n"                                    // 8
    "  short b = -2;\n"                                  // 9
    "  unsigned char c = 'q';\n"                         // 10
    "  long long d = 0x1122334455667788LL;\n"            // 11
    "  struct pt p = {5, 'z', -300};\n"                  // 12
    "  int arr[3] = {7, 8, 9};\n"                        // 13
    "  const char *s = \"str\";\n"                       // 14
    "  double e = 2.5;\n"                                // 15
    "  {\n"                                              // 16
    "    int inner = a * 3;\n"                           // 17
    "    big = inner;\n"                                 // 18
    "  }\n"                                              // 19
    "  a = probe(a);\n"                                  // 20
    "  for (int i = 0; i < 2; i++)\n"                    // 21
    "    a += i;\n"                                      // 22
    "  return a + b + c + (int)d + p.x + arr[1] + s[0];\n"  // 23
    "}\n"                                                // 24
    "void _start(void) { __builtin_syscall(93, main()); }\n";  // 25

struct Run {
  DebugInfo info;
  machine::Machine m = machine::make_machine({8u << 20});
};

void build(Run& r) {
  CompileResult c = test::compile(kProgram);
  REQUIRE_MESSAGE(c.ok, c.diagnostics_text);
  auto exe = link_executable({{"t.o", c.object}}, LinkOptions{});
  REQUIRE_MESSAGE(exe.ok(), (exe.ok() ? std::string() : exe.error().message));
  auto info = read_debug_info(*exe);
  REQUIRE(info.ok());
  r.info = *info;
  auto img = machine::parse_elf(ByteSpan(exe->data(), exe->size()));
  REQUIRE(img.ok());
  REQUIRE(machine::load_elf(r.m, *img).ok());
}

// Single-steps until the pc is `target` (at most `limit` instructions).
bool run_to(machine::Machine& m, u32 target, int limit = 100000) {
  for (int i = 0; i < limit; ++i) {
    if (m.hart.pc == target) return true;
    if (machine::run(m, 1).kind != machine::TrapKind::budget_exhausted) return false;
  }
  return false;
}

std::vector<u8> read(machine::Machine& m, u32 addr, u32 n) {
  std::vector<u8> out(n);
  REQUIRE_FALSE(machine::copy_from_guest(m, addr, std::span<u8>(out.data(), n)));
  return out;
}

// The bytes of local `name` in the frame current at `pc`, checking its type.
std::vector<u8> local(Run& r, const char* name, u32 pc, const char* type_name) {
  const DebugVar* v = r.info.find_var(name, pc);
  REQUIRE_MESSAGE(v, name);
  CHECK(v->kind != DebugVarKind::Global);
  const DebugType& t = r.info.types.at(v->type);
  CHECK_MESSAGE(t.name == type_name, name);
  u32 s0 = r.m.hart.x[8];
  return read(r.m, s0 + u32(v->location), t.size);
}

template <typename T>
T as(const std::vector<u8>& b, size_t off = 0) {
  T v;
  REQUIRE(off + sizeof(T) <= b.size());
  memcpy(&v, b.data() + off, sizeof(T));
  return v;
}

}  // namespace

TEST_CASE("each local's frame offset and type read back its value on the machine") {
  Run r;
  build(r);
  std::vector<u32> at20 = r.info.pcs_for_line("t.c", 20);
  REQUIRE(at20.size() == 1);
  REQUIRE(run_to(r.m, at20[0]));
  u32 pc = r.m.hart.pc;
  CHECK(as<i32>(local(r, "a", pc, "int")) == 11);
  CHECK(as<i16>(local(r, "b", pc, "short")) == -2);
  CHECK(as<u8>(local(r, "c", pc, "char")) == 'q');
  CHECK(as<u64>(local(r, "d", pc, "long long")) == 0x1122334455667788ull);
  std::vector<u8> p = local(r, "p", pc, "struct pt");
  const DebugVar* pv = r.info.find_var("p", pc);
  const DebugType& pt = r.info.types.at(pv->type);
  REQUIRE(pt.members.size() == 3);
  CHECK(as<i32>(p, pt.members[0].offset) == 5);
  CHECK(as<u8>(p, pt.members[1].offset) == 'z');
  CHECK(as<i16>(p, pt.members[2].offset) == -300);
  std::vector<u8> arr = local(r, "arr", pc, "int[3]");
  CHECK(as<i32>(arr, 4) == 8);
  u32 s = as<u32>(local(r, "s", pc, "char *"));
  std::vector<u8> str = read(r.m, s, 4);
  CHECK(std::string(str.begin(), str.end() - 1) == "str");
  CHECK(as<double>(local(r, "e", pc, "double")) == 2.5);
  // The block's local is out of scope here; the global holds its value.
  CHECK(r.info.find_var("inner", pc) == nullptr);
  const DebugVar* big = r.info.find_var("big", pc);
  REQUIRE(big);
  CHECK(big->kind == DebugVarKind::Global);
  CHECK(as<i64>(read(r.m, big->location, 8)) == 33);
}

TEST_CASE("a block's local and a callee's parameter are found in their own frames") {
  Run r;
  build(r);
  std::vector<u32> at18 = r.info.pcs_for_line("t.c", 18);
  REQUIRE(at18.size() == 1);
  REQUIRE(run_to(r.m, at18[0]));
  CHECK(as<i32>(local(r, "inner", r.m.hart.pc, "int")) == 33);
  std::vector<u32> at5 = r.info.pcs_for_line("t.c", 5);
  REQUIRE(at5.size() == 1);
  REQUIRE(run_to(r.m, at5[0]));
  u32 pc = r.m.hart.pc;
  CHECK(r.info.func_for_pc(pc)->name == "probe");
  const DebugVar* v = r.info.find_var("v", pc);
  REQUIRE(v);
  CHECK(v->kind == DebugVarKind::Param);
  CHECK(as<i32>(local(r, "v", pc, "int")) == 11);
  CHECK(as<i32>(local(r, "twice", pc, "int")) == 22);
  // main's locals are not visible from probe's pc.
  CHECK(r.info.find_var("arr", pc) == nullptr);
}

TEST_CASE("the line table follows the statements the machine executes, in order") {
  Run r;
  build(r);
  // Step the whole program; record each line-table line as its address is
  // reached (the first instruction of a statement).
  std::vector<unsigned> seen;
  for (int i = 0; i < 100000; ++i) {
    u32 pc = r.m.hart.pc;
    for (const DebugLine& l : r.info.lines)
      if (l.addr == pc) seen.push_back(l.line);
    machine::Trap t = machine::run(r.m, 1);
    if (t.kind == machine::TrapKind::ecall) break;
    REQUIRE(t.kind == machine::TrapKind::budget_exhausted);
  }
  // _start, main's prologue, each declaration, the block, the call into
  // probe and back, the loop (line 21 before each run of the body, for the
  // init/condition and then the increment/condition; once more on exit),
  // the return.
  std::vector<unsigned> want = {25, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 18, 20, 3, 4, 5,
                                21, 22, 21, 22, 21, 23};
  std::string got_s, want_s;
  for (unsigned l : seen) got_s += std::to_string(l) + " ";
  for (unsigned l : want) want_s += std::to_string(l) + " ";
  CHECK(got_s == want_s);
  // a = probe(11) + 0 + 1 = 24; the exit status (a0 at ecall) sums the locals.
  CHECK(r.m.hart.x[10] == u32(24 - 2 + 'q' + 0x55667788 + 5 + 8 + 's'));
}
