#include <doctest/doctest.h>

#include <map>

#include "cc/compiler.h"
#include "cc/debuginfo.h"

using namespace forklab::cc;

namespace {
// An in-memory file system, as the lab provides one.
struct MemFs {
  std::map<std::string, std::string> files;
  DriverEnv env(std::string* diags) {
    DriverEnv e;
    e.read_file = [this](const std::string& p, std::string& out) {
      auto it = files.find(p);
      if (it == files.end()) return false;
      out = it->second;
      return true;
    };
    e.write_file = [this](const std::string& p, const std::vector<forklab::u8>& d, bool) {
      files[p] = std::string(d.begin(), d.end());
      return true;
    };
    e.diagnostics = diags;
    return e;
  }
};
int run(MemFs& fs, std::vector<std::string> args, std::string* diags, DriverEnv* custom = nullptr) {
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  DriverEnv env = custom ? *custom : fs.env(diags);
  return cc_main(int(argv.size()), argv.data(), env);
}
}  // namespace

TEST_CASE("cc_main compiles and links in a caller-provided file system with start files and libraries") {
  MemFs fs;
  fs.files["/lib/crt0.c"] = "int main(void); void _start(void) { __builtin_syscall(93, main()); }";
  fs.files["/inc/util.h"] = "int twice(int);";
  fs.files["/lib/util.c"] = "int twice(int x) { return 2 * x; }";
  fs.files["/home/main.c"] = "#include <util.h>\nint main(void) { return twice(21); }";
  std::string diags;
  REQUIRE(run(fs, {"cc", "-c", "/lib/crt0.c", "-o", "/lib/crt0.o"}, &diags) == 0);
  REQUIRE(run(fs, {"cc", "-c", "/lib/util.c", "-o", "/lib/util.o"}, &diags) == 0);
  DriverEnv env = fs.env(&diags);
  env.system_include_dirs = {"/inc"};
  env.start_files = {"/lib/crt0.o"};
  env.libraries = {"/lib/util.o"};
  CHECK(run(fs, {"cc", "/home/main.c", "-o", "/home/main"}, &diags, &env) == 0);
  CHECK(diags == "");
  REQUIRE(fs.files.count("/home/main"));
  std::string exe = fs.files["/home/main"];
  auto info = read_debug_info(std::vector<forklab::u8>(exe.begin(), exe.end()));
  REQUIRE(info.ok());
  CHECK(info->pcs_for_line("/home/main.c", 2).size() == 1);
}

TEST_CASE("cc_main reports errors clang-style and fails") {
  MemFs fs;
  fs.files["bad.c"] = "int main(void) {\n  return x;\n}\n";
  std::string diags;
  CHECK(run(fs, {"cc", "-c", "bad.c"}, &diags) == 1);
  CHECK(diags == "bad.c:2:10: error: use of undeclared identifier 'x'\n  return x;\n         ^\n");
  diags.clear();
  CHECK(run(fs, {"cc", "missing.c"}, &diags) == 1);
  CHECK(diags == "forklab-cc: error: no such file or directory: 'missing.c'\n");
  diags.clear();
  fs.files["ok.c"] = "int f(void); int main(void) { return f(); }";
  CHECK(run(fs, {"cc", "ok.c", "-nostdlib", "-o", "ok"}, &diags) == 1);
  CHECK(diags.find("forklab-ld: error: undefined reference to 'f' (referenced from ok.o)") != std::string::npos);
}
