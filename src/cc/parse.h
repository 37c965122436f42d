// The parser: tokens to a typed syntax tree (C11 6.5 - 6.9), with the
// semantic checks (types, lvalues, declarations) done as it goes.
#pragma once

#include <vector>

#include "cc/ast.h"
#include "cc/token.h"

namespace forklab::cc {

// Parses a whole translation unit into `ast`. Returns false after an error
// (the diagnostics say which); warnings do not fail.
bool parse_translation_unit(Diagnostics& diags, const std::vector<Token>& toks, Ast& ast);

}  // namespace forklab::cc
