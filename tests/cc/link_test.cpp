#include <doctest/doctest.h>

#include "base/bytes.h"
#include "cc/link.h"
#include "cc/object.h"
#include "cc_test_util.h"

using namespace forklab::cc;

namespace {
LinkInput obj(const std::string& name, const std::string& src) {
  CompileResult r = test::compile(src);
  REQUIRE_MESSAGE(r.ok, r.diagnostics_text);
  return {name, r.object};
}
const char* kStart = "int main(void); void _start(void) { __builtin_syscall(93, main()); }";
}  // namespace

TEST_CASE("linking our objects gives a static executable entered at _start") {
  auto exe = link_executable({obj("crt.o", kStart), obj("main.o", "int helper(int); int main(void) { return helper(2); }"),
                              obj("helper.o", "int counter = 40; int helper(int x) { return counter + x; }")},
                             LinkOptions{});
  REQUIRE_MESSAGE(exe.ok(), (exe.ok() ? std::string() : exe.error().message));
  const std::vector<forklab::u8>& e = *exe;
  CHECK(forklab::load_le16(&e[16]) == 2);    // ET_EXEC
  CHECK(forklab::load_le16(&e[18]) == 243);  // EM_RISCV
  CHECK(forklab::load_le32(&e[24]) >= 0x10000);
  CHECK(forklab::load_le16(&e[44]) == 2);  // two PT_LOAD segments
}

TEST_CASE("undefined symbols are named with the object that referenced them") {
  auto exe = link_executable({obj("crt.o", kStart), obj("main.o", "int missing(void); int main(void) { return missing(); }")},
                             LinkOptions{});
  REQUIRE_FALSE(exe.ok());
  CHECK(exe.error().message == "undefined reference to 'missing' (referenced from main.o)");
}

TEST_CASE("duplicate definitions are errors naming both objects") {
  auto exe = link_executable({obj("crt.o", kStart), obj("a.o", "int main(void) { return 0; } int x = 1;"),
                              obj("b.o", "int x = 2;")},
                             LinkOptions{});
  REQUIRE_FALSE(exe.ok());
  CHECK(exe.error().message == "duplicate symbol 'x': defined in a.o and in b.o");
}

TEST_CASE("archive members are pulled only when they define a needed symbol") {
  LinkInput used = obj("used.o", "int used(void) { return 1; }");
  LinkInput unused = obj("unused.o", "int main(void) { return 99; } int x = 5;");  // would clash if pulled
  std::vector<forklab::u8> ar = write_archive({{"used.o", used.bytes}, {"unused.o", unused.bytes}});
  auto exe = link_executable({obj("crt.o", kStart), obj("main.o", "int used(void); int main(void) { return used(); }"),
                              {"libt.a", ar}},
                             LinkOptions{});
  CHECK_MESSAGE(exe.ok(), (exe.ok() ? std::string() : exe.error().message));
}

TEST_CASE("missing entry point is an error") {
  auto exe = link_executable({obj("main.o", "int main(void) { return 0; }")}, LinkOptions{});
  REQUIRE_FALSE(exe.ok());
  CHECK(exe.error().message == "undefined entry symbol '_start'");
}

TEST_CASE("garbage input to the linker is an error, not a crash") {
  auto exe = link_executable({{"junk.o", std::vector<forklab::u8>(64, 0xff)}}, LinkOptions{});
  CHECK_FALSE(exe.ok());
  auto ar = link_executable({{"bad.a", {'!', '<', 'a', 'r', 'c', 'h', '>', '\n', 'x'}}}, LinkOptions{});
  CHECK_FALSE(ar.ok());
}
