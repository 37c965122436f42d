// Code generation: a typed syntax tree to an RV32IMA relocatable object.
#pragma once

#include "cc/ast.h"
#include "cc/object.h"

namespace forklab::cc {

struct CodegenOptions {
  bool debug_info = true;  // emit the .forklab.debug section (see debuginfo.h)
};

// Generates code for every function and global of `ast` into `out`.
// Returns false (with a diagnostic) for constructs it cannot translate.
bool generate_object(Diagnostics& diags, Ast& ast, const CodegenOptions& opts, ObjectFile& out);

}  // namespace forklab::cc
