// ELF32 RISC-V executables (the System V gABI and the RISC-V psABI).
//
// parse_elf() turns a file into a plain description: PT_LOAD segments with
// their bytes, the entry point, the symbol table and every named section (so
// the compiler's own line table, in a section of its own, passes through).
// The kernel maps the segments into an address space itself; tests use
// load_elf() to get a fresh Sv32 address space in one call.
//
// Every malformed file gives an Error naming the problem. Memory use is
// bounded by the file size (segment and section bytes are copies of file
// bytes; bss is not materialised here).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/bytes.h"
#include "base/result.h"
#include "base/types.h"
#include "machine/machine.h"

namespace forklab::machine {

constexpr u32 kPfX = 1, kPfW = 2, kPfR = 4;  // program header flags

struct ElfSegment {
  u32 vaddr = 0;
  u32 memsz = 0;
  u32 flags = 0;         // kPfR | kPfW | kPfX
  std::vector<u8> bytes;  // filesz bytes from the file; the rest up to memsz is zero
};

struct ElfSymbol {
  std::string name;
  u32 value = 0;
  u32 size = 0;
  u8 type = 0;  // STT_*
  u8 bind = 0;  // STB_*
  u16 section = 0;
};

struct ElfSection {
  std::string name;
  u32 type = 0;  // SHT_*
  u32 flags = 0;
  u32 addr = 0;
  u32 size = 0;
  std::vector<u8> bytes;  // empty for SHT_NOBITS
};

struct ElfImage {
  u32 entry = 0;
  std::vector<ElfSegment> segments;
  std::vector<ElfSymbol> symbols;
  std::vector<ElfSection> sections;
};

// Limits on what we accept (SPEC §10: every input can be hostile).
constexpr u32 kElfMaxSegments = 64;
constexpr u32 kElfMaxSections = 4096;
constexpr u64 kElfMaxMemory = 1ull << 30;  // total memsz of all segments
constexpr u32 kElfUserTop = 0x80000000u;   // segments must lie below

Result<ElfImage> parse_elf(ByteSpan file);

const ElfSection* find_section(const ElfImage& image, std::string_view name);
const ElfSymbol* find_symbol(const ElfImage& image, std::string_view name);
// The function or object symbol containing `addr` (for traces and panels).
const ElfSymbol* symbol_at(const ElfImage& image, u32 addr);

// Test convenience: a fresh Sv32 address space holding the image's segments
// (U + R/W/X from the segment flags) and a stack of `stack_bytes` ending at
// `stack_top`; sets satp, pc = entry and sp. Frames come from alloc_frame.
struct LoadedProgram {
  u32 root_frame = 0;
  u32 entry = 0;
  u32 stack_pointer = 0;
};
constexpr u32 kDefaultStackTop = 0x7FFFF000u;
Result<LoadedProgram> load_elf(Machine& m, const ElfImage& image,
                               u32 stack_top = kDefaultStackTop, u32 stack_bytes = 256 * 1024);

}  // namespace forklab::machine
