#include "lab/build.h"

namespace forklab::lab {

bool is_elf(const std::string& bytes) { return bytes.size() >= 4 && bytes.compare(0, 4, "\x7f" "ELF") == 0; }

BuildResult build_program(Session& session, const std::vector<SourceFile>& files) {
  BuildResult result;
  for (const SourceFile& f : files) {
    if (f.name.empty() || f.name[0] == '/' || f.name.find("..") != std::string::npos) {
      result.messages.push_back({f.name, 0, 0, true, "file names are relative to /home/student"});
      return result;
    }
    std::span<const u8> bytes(reinterpret_cast<const u8*>(f.text.data()), f.text.size());
    Status added = session.add_file("/home/student/" + f.name, bytes, is_elf(f.text) ? 0755 : 0644);
    if (!added.ok()) {
      result.messages.push_back({f.name, 0, 0, true, added.error().message});
      return result;
    }
  }
  for (const SourceFile& f : files) {
    if (is_elf(f.text)) {
      result.ok = true;
      result.program = "/home/student/" + f.name;
      return result;
    }
  }
  // C sources: the compiler runs here once lab/ can reach it with the guest
  // libc at run time (the bootstrap work). Until then the lab says so.
  for (const SourceFile& f : files) {
    if (f.name.ends_with(".c")) {
      result.messages.push_back({f.name, 0, 0, true,
                                 "compiling in the lab is not available in this build yet: "
                                 "load a ready RV32 executable, or use forklab run on the command line"});
      return result;
    }
  }
  result.messages.push_back({"", 0, 0, true, "nothing to run: no C source and no executable"});
  return result;
}

}  // namespace forklab::lab
