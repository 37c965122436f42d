#include <doctest/doctest.h>

#include "base/bytes.h"
#include "cc/object.h"
#include "cc_test_util.h"

using namespace forklab::cc;

namespace {
ObjectFile compile_obj(const std::string& src) {
  CompileResult r = test::compile(src);
  REQUIRE_MESSAGE(r.ok, r.diagnostics_text);
  auto obj = read_elf_object(r.object, "t.o");
  REQUIRE_MESSAGE(obj.ok(), (obj.ok() ? std::string() : obj.error().message));
  return *obj;
}
const ObjSymbol* find(const ObjectFile& o, const std::string& n) {
  for (auto& s : o.symbols)
    if (s.name == n) return &s;
  return nullptr;
}
}  // namespace

TEST_CASE("an object has .text, .data, .rodata, .bss and the right symbols") {
  ObjectFile o = compile_obj("int g = 5; int z; static int s; const char *m = \"hi\";\n"
                             "int ext(int); int f(void) { return ext(g) + s; }");
  CHECK(o.find_section(".text") >= 0);
  CHECK(o.find_section(".data") >= 0);
  CHECK(o.find_section(".bss") >= 0);
  CHECK(o.find_section(".rodata") >= 0);
  const ObjSymbol* f = find(o, "f");
  REQUIRE(f);
  CHECK(f->type == STT_FUNC);
  CHECK(f->bind == STB_GLOBAL);
  CHECK(f->size > 0);
  REQUIRE(find(o, "ext"));
  CHECK(find(o, "ext")->section == ObjSymbol::kUndef);
  REQUIRE(find(o, "s"));
  CHECK(find(o, "s")->bind == STB_LOCAL);
  CHECK(o.sections[find(o, "z")->section].name == ".bss");
  bool call = false, hi = false, lo = false, abs32 = false;
  for (auto& r : o.relocs) {
    call |= r.type == R_RISCV_CALL_PLT && o.symbols[r.symbol].name == "ext";
    hi |= r.type == R_RISCV_HI20;
    lo |= r.type == R_RISCV_LO12_I;
    abs32 |= r.type == R_RISCV_32 && o.sections[r.section].name == ".data";
  }
  CHECK(call);
  CHECK(hi);
  CHECK(lo);
  CHECK(abs32);
}

TEST_CASE("code is RV32IMA only: no compressed or floating-point instructions") {
  ObjectFile o = compile_obj("double f(double a, float b, long long c) { return a * b + c / 3 + (c << 2); }");
  const ObjSection& t = o.sections[o.find_section(".text")];
  REQUIRE(t.data.size() % 4 == 0);
  for (size_t i = 0; i < t.data.size(); i += 4) {
    forklab::u32 insn = forklab::load_le32(&t.data[i]);
    CHECK((insn & 3) == 3);  // not compressed
    forklab::u32 op = insn & 0x7f;
    bool fp = op == 0x07 || op == 0x27 || op == 0x43 || op == 0x47 || op == 0x4b || op == 0x4f || op == 0x53;
    CHECK_FALSE(fp);
  }
  bool muldf = false, divdi = false, ashl = false;
  for (auto& r : o.relocs) {
    const std::string& n = o.symbols[r.symbol].name;
    muldf |= n == "__muldf3";
    divdi |= n == "__divdi3";
    ashl |= n == "__ashldi3";
  }
  CHECK(muldf);
  CHECK(divdi);
  CHECK(ashl);
}

TEST_CASE("__builtin_syscall emits ecall with the number in a7") {
  ObjectFile o = compile_obj("long w(void) { return __builtin_syscall(64, 1, \"x\", 1); }");
  const ObjSection& t = o.sections[o.find_section(".text")];
  bool ecall = false;
  for (size_t i = 0; i < t.data.size(); i += 4) ecall |= forklab::load_le32(&t.data[i]) == 0x00000073;
  CHECK(ecall);
}

TEST_CASE("ELF objects round-trip through the writer and reader") {
  ObjectFile o = compile_obj("int a[3] = {1, 2, 3}; int *p = &a[1]; int get(void) { return *p; }");
  std::vector<forklab::u8> bytes = write_elf_object(o);
  auto again = read_elf_object(bytes, "again.o");
  REQUIRE(again.ok());
  CHECK(again->symbols.size() == o.symbols.size());
  CHECK(again->relocs.size() == o.relocs.size());
  CHECK(again->sections[again->find_section(".data")].data == o.sections[o.find_section(".data")].data);
}

TEST_CASE("bad objects are rejected with a message, not a crash") {
  std::vector<forklab::u8> junk(100, 0x41);
  CHECK_FALSE(read_elf_object(junk, "junk.o").ok());
  CompileResult r = test::compile("int x;");
  std::vector<forklab::u8> cut(r.object.begin(), r.object.begin() + r.object.size() / 2);
  CHECK_FALSE(read_elf_object(cut, "cut.o").ok());
}
