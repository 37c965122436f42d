#include "app/program_builder.h"

#include <fstream>
#include <iterator>
#include <sstream>

#include "cc/compiler.h"
#include "cc/link.h"

namespace forklab::app {

namespace {

bool read_file(const std::string& path, std::string& contents) {
  std::ifstream in(path, std::ios::binary);
  if (!in.good()) return false;
  contents.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return true;
}

}  // namespace

lab::ProgramBuilder guest_program_builder() {
  return [](const std::string& name, const std::string& source) -> Result<std::vector<u8>> {
    cc::CompileOptions options;
    std::istringstream dirs(FORKLAB_GUEST_INCLUDE_DIRS);
    for (std::string dir; std::getline(dirs, dir, '|');) options.system_dirs.push_back(dir);
    options.read_file = read_file;
    cc::CompileResult object = cc::compile_c(name, source, options);
    if (!object.ok) return make_error(object.diagnostics_text);
    std::string crt0, libc;
    if (!read_file(FORKLAB_GUEST_CRT0_PATH, crt0) || !read_file(FORKLAB_GUEST_LIBC_PATH, libc)) {
      return make_error("the guest libc is missing from this build");
    }
    auto bytes = [](const std::string& s) { return std::vector<u8>(s.begin(), s.end()); };
    return cc::link_executable(
        {{"crt0.o", bytes(crt0)}, {name + ".o", object.object}, {"libc.a", bytes(libc)}}, {});
  };
}

}  // namespace forklab::app
