// An ELF32 RISC-V relocatable object in memory: what codegen produces, what
// the ELF reader returns for clang's objects, and what the linker consumes.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "base/types.h"

namespace forklab::cc {

// RISC-V ELF relocation types (RISC-V ELF psABI, "Relocations").
enum : u32 {
  R_RISCV_NONE = 0,
  R_RISCV_32 = 1,
  R_RISCV_BRANCH = 16,
  R_RISCV_JAL = 17,
  R_RISCV_CALL = 18,
  R_RISCV_CALL_PLT = 19,
  R_RISCV_PCREL_HI20 = 23,
  R_RISCV_PCREL_LO12_I = 24,
  R_RISCV_PCREL_LO12_S = 25,
  R_RISCV_HI20 = 26,
  R_RISCV_LO12_I = 27,
  R_RISCV_LO12_S = 28,
  R_RISCV_ADD8 = 33,
  R_RISCV_ADD16 = 34,
  R_RISCV_ADD32 = 35,
  R_RISCV_ADD64 = 36,
  R_RISCV_SUB8 = 37,
  R_RISCV_SUB16 = 38,
  R_RISCV_SUB32 = 39,
  R_RISCV_SUB64 = 40,
  R_RISCV_ALIGN = 43,
  R_RISCV_RVC_BRANCH = 44,
  R_RISCV_RVC_JUMP = 45,
  R_RISCV_RELAX = 51,
  R_RISCV_SUB6 = 52,
  R_RISCV_SET6 = 53,
  R_RISCV_SET8 = 54,
  R_RISCV_SET16 = 55,
  R_RISCV_SET32 = 56,
  R_RISCV_32_PCREL = 57,
};

// ELF constants we use.
enum : u32 {
  SHT_NULL = 0, SHT_PROGBITS = 1, SHT_SYMTAB = 2, SHT_STRTAB = 3, SHT_RELA = 4, SHT_NOBITS = 8,
  SHT_INIT_ARRAY = 14, SHT_FINI_ARRAY = 15, SHT_GROUP = 17,
  SHF_WRITE = 1, SHF_ALLOC = 2, SHF_EXECINSTR = 4, SHF_MERGE = 0x10, SHF_STRINGS = 0x20,
  STB_LOCAL = 0, STB_GLOBAL = 1, STB_WEAK = 2,
  STT_NOTYPE = 0, STT_OBJECT = 1, STT_FUNC = 2, STT_SECTION = 3, STT_FILE = 4,
  SHN_UNDEF = 0, SHN_ABS = 0xfff1, SHN_COMMON = 0xfff2,
  EM_RISCV = 243,
};

struct ObjSection {
  std::string name;
  u32 type = SHT_PROGBITS;
  u32 flags = 0;
  u32 align = 1;
  std::vector<u8> data;  // empty for NOBITS
  u32 size = 0;          // NOBITS size (data.size() otherwise)
  u32 size_of() const { return type == SHT_NOBITS ? size : u32(data.size()); }
};

struct ObjSymbol {
  std::string name;
  u8 bind = STB_LOCAL;
  u8 type = STT_NOTYPE;
  // Section index into ObjectFile::sections, or one of the specials below.
  int section = kUndef;
  u32 value = 0;  // offset in section; alignment for COMMON
  u32 size = 0;
  static constexpr int kUndef = -1;
  static constexpr int kAbs = -2;
  static constexpr int kCommon = -3;
};

struct ObjReloc {
  int section = 0;  // the section being patched
  u32 offset = 0;
  u32 type = 0;
  int symbol = 0;  // index into ObjectFile::symbols
  i32 addend = 0;
};

struct ObjectFile {
  std::string name;  // for diagnostics: "foo.o" or "libc.a(printf.o)"
  std::vector<ObjSection> sections;
  std::vector<ObjSymbol> symbols;
  std::vector<ObjReloc> relocs;

  int find_section(const std::string& n) const {
    for (size_t i = 0; i < sections.size(); ++i)
      if (sections[i].name == n) return int(i);
    return -1;
  }
};

// ELF32 writer and reader for relocatable objects (elf_object.cpp).
std::vector<u8> write_elf_object(const ObjectFile& obj);
Result<ObjectFile> read_elf_object(const std::vector<u8>& bytes, const std::string& name);

// `ar` archives (the System V / GNU format): members that are objects.
struct ArchiveMember {
  std::string name;
  std::vector<u8> data;
};
Result<std::vector<ArchiveMember>> read_archive(const std::vector<u8>& bytes, const std::string& name);
bool is_archive(const std::vector<u8>& bytes);
std::vector<u8> write_archive(const std::vector<ArchiveMember>& members);

}  // namespace forklab::cc
