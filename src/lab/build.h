// Building the student's program (the editor's Run, the JS API's load).
//
// Every way the lab turns the student's files into something to run goes
// through build_program(), so compiling in the page is one switch here once
// the compiler and the guest libc are available to lab/ at run time.
#pragma once

#include <string>
#include <vector>

#include "lab/session.h"

namespace forklab::lab {

// A file of the student's program, relative to /home/student. `text` is C
// source, or the bytes of a ready RV32 ELF executable.
struct SourceFile {
  std::string name;
  std::string text;
};

// A compiler message at a line, for the editor's error markers.
struct BuildMessage {
  std::string file;
  int line = 0;    // 1-based; 0: about the whole build
  int column = 0;
  bool error = true;
  std::string message;
};

struct BuildResult {
  bool ok = false;
  std::string program;  // guest path of the executable to run
  std::vector<BuildMessage> messages;
};

bool is_elf(const std::string& bytes);

// Writes `files` into /home/student of `session` and makes the program:
// the first ELF among them is run as it is; C sources go to the compiler.
BuildResult build_program(Session& session, const std::vector<SourceFile>& files);

}  // namespace forklab::lab
