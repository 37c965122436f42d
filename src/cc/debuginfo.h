// ForkLab debug information: our own small format (documented in
// docs/cc.md), stored in the ".forklab.debug" section. Each object file
// contributes one chunk; the linker concatenates the chunks and resolves
// their addresses with ordinary R_RISCV_32 relocations, so the reader sees
// final addresses.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "base/types.h"
#include "cc/object.h"

namespace forklab::cc {

constexpr u32 kDebugMagic = 0x42444c46;  // "FLDB"
constexpr u32 kDebugVersion = 1;
inline const char kDebugSection[] = ".forklab.debug";

enum class DebugTypeKind : u32 { Void, Bool, Int, Uint, Float, Pointer, Array, Struct, Union, Enum, Func };
enum class DebugVarKind : u32 { Global, Local, Param };

struct DebugMember {
  std::string name;
  i32 type = -1;
  u32 offset = 0;
  u32 bit_offset = 0;
  u32 bit_width = 0;  // 0: not a bit-field
};

struct DebugType {
  DebugTypeKind kind = DebugTypeKind::Int;
  u32 size = 0;
  std::string name;  // "int", "struct point", "char *"
  i32 base = -1;     // pointee / element type index
  u32 count = 0;     // array length
  std::vector<DebugMember> members;
};

struct DebugFunc {
  std::string name;
  u32 lo = 0, hi = 0;  // [lo, hi) code addresses
  u32 file = 0, line = 0;
};

struct DebugLine {
  u32 addr = 0;
  u32 file = 0;
  u32 line = 0;
};

struct DebugVar {
  std::string name;
  i32 type = -1;
  DebugVarKind kind = DebugVarKind::Global;
  i32 func = -1;       // index into funcs for locals and params
  i32 location = 0;    // globals: address; locals: offset from the frame pointer (s0)
  u32 scope_lo = 0, scope_hi = 0;  // pcs where a local is in scope
  u32 line = 0;
  std::string symbol;  // only while encoding: the global's symbol
};

struct DebugInfo {
  std::vector<std::string> files;
  std::vector<DebugType> types;
  std::vector<DebugFunc> funcs;
  std::vector<DebugLine> lines;  // sorted by address
  std::vector<DebugVar> vars;

  // Queries for the lab (line stepping, breakpoints, the Variables panel).
  const DebugLine* line_for_pc(u32 pc) const;
  std::vector<u32> pcs_for_line(const std::string& file, u32 line) const;
  const DebugFunc* func_for_pc(u32 pc) const;
  std::vector<const DebugVar*> vars_at(u32 pc) const;  // locals in scope at pc, then globals
  const DebugVar* find_var(const std::string& name, u32 pc) const;
};

// Encodes one object's chunk into `obj` as section ".forklab.debug". Code
// addresses are offsets into section `text_section` (relocated against
// `text_symbol`); globals' locations are relocated against their symbols.
void encode_debug_chunk(const DebugInfo& info, ObjectFile& obj, int text_symbol,
                        int (*symbol_index)(ObjectFile&, const std::string&));

// Decodes every chunk of a linked ".forklab.debug" section.
Result<DebugInfo> decode_debug_info(const std::vector<u8>& section);

// Finds and decodes the debug section of an executable.
Result<DebugInfo> read_debug_info(const std::vector<u8>& elf);

}  // namespace forklab::cc
