// The pipeline: preprocess -> tokens -> parse -> codegen -> ELF object.
#include "cc/compiler.h"

#include "cc/codegen.h"
#include "cc/parse.h"

namespace forklab::cc {
namespace {

void finish(CompileResult& r, const Diagnostics& diags) {
  r.diagnostics = diags.list();
  r.diagnostics_text = diags.render_all();
}

PreprocessOptions pp_options(const CompileOptions& opts) {
  PreprocessOptions pp;
  pp.include_dirs = opts.include_dirs;
  pp.system_dirs = opts.system_dirs;
  pp.defines = opts.defines;
  pp.undefines = opts.undefines;
  pp.read_file = opts.read_file;
  return pp;
}

}  // namespace

CompileResult compile_c(const std::string& path, const std::string& source, const CompileOptions& opts) {
  CompileResult r;
  Diagnostics diags;
  int file = diags.add_file(path, source);
  std::vector<Token> toks = preprocess(diags, file, pp_options(opts));
  if (diags.has_errors() || !convert_tokens(diags, toks)) {
    finish(r, diags);
    return r;
  }
  Ast ast;
  if (!parse_translation_unit(diags, toks, ast)) {
    finish(r, diags);
    return r;
  }
  ObjectFile obj;
  obj.name = path;
  CodegenOptions cg;
  cg.debug_info = opts.debug_info;
  if (!generate_object(diags, ast, cg, obj)) {
    finish(r, diags);
    return r;
  }
  r.object = write_elf_object(obj);
  r.ok = true;
  finish(r, diags);
  return r;
}

CompileResult preprocess_only(const std::string& path, const std::string& source, const CompileOptions& opts,
                              std::string* out) {
  CompileResult r;
  Diagnostics diags;
  int file = diags.add_file(path, source);
  std::vector<Token> toks = preprocess(diags, file, pp_options(opts));
  int line = -1, cur_file = -1;
  for (const Token& t : toks) {
    if (t.kind == TokKind::Eof) break;
    if (t.loc.line != line || t.loc.file != cur_file) {
      if (line >= 0) *out += '\n';
      line = t.loc.line;
      cur_file = t.loc.file;
    } else if (t.has_space) {
      *out += ' ';
    }
    *out += t.text;
  }
  *out += '\n';
  r.ok = !diags.has_errors();
  finish(r, diags);
  return r;
}

}  // namespace forklab::cc
