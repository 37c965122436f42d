// A tiny RV32 code emitter and ELF32 writer for the fuzzers: one RWX
// PT_LOAD segment at kImageBase holding the code, then a zeroed scratch
// area. Enough to turn fuzzer bytes into a guest program without a compiler.
#pragma once

#include <cstring>
#include <vector>

#include "base/types.h"

namespace forklab::fuzz {

constexpr u32 kImageBase = 0x10000;
constexpr u32 kHeaderBytes = 52 + 32;  // ELF header + one program header
constexpr u32 kScratchBytes = 16384;   // after the code: data the programs point at

struct Code {
  std::vector<u32> words;
  void emit(u32 w) { words.push_back(w); }
  void addi(u32 rd, u32 rs1, i32 imm) { emit((u32(imm) << 20) | (rs1 << 15) | (rd << 7) | 0x13); }
  void lui(u32 rd, u32 imm20) { emit((imm20 << 12) | (rd << 7) | 0x37); }
  void li(u32 rd, u32 v) {  // lui + addi: any 32-bit value
    u32 hi = (v + 0x800) >> 12;
    i32 lo = i32(v - (hi << 12));
    lui(rd, hi & 0xFFFFF);
    addi(rd, rd, lo);
  }
  void sw(u32 rs2, u32 rs1, i32 off) {
    u32 imm = u32(off) & 0xFFF;
    emit(((imm >> 5) << 25) | (rs2 << 20) | (rs1 << 15) | (2 << 12) | ((imm & 31) << 7) | 0x23);
  }
  void ecall() { emit(0x73); }
  // The address the code's scratch area will have once the code is final.
  u32 scratch_address(usize code_words) const { return kImageBase + kHeaderBytes + u32(code_words) * 4; }
};

inline void put16(std::vector<u8>& b, usize at, u32 v) { b[at] = u8(v); b[at + 1] = u8(v >> 8); }
inline void put32(std::vector<u8>& b, usize at, u32 v) {
  for (int i = 0; i < 4; ++i) b[at + usize(i)] = u8(v >> (8 * i));
}

// An executable ELF whose entry point is the first code word.
inline std::vector<u8> make_elf(const Code& code) {
  u32 code_bytes = u32(code.words.size()) * 4;
  u32 file_bytes = kHeaderBytes + code_bytes;
  std::vector<u8> b(file_bytes, 0);
  const u8 ident[] = {0x7f, 'E', 'L', 'F', 1, 1, 1};
  std::memcpy(b.data(), ident, sizeof ident);
  put16(b, 16, 2);       // ET_EXEC
  put16(b, 18, 0xF3);    // EM_RISCV
  put32(b, 20, 1);       // EV_CURRENT
  put32(b, 24, kImageBase + kHeaderBytes);  // e_entry
  put32(b, 28, 52);      // e_phoff
  put16(b, 40, 52);      // e_ehsize
  put16(b, 42, 32);      // e_phentsize
  put16(b, 44, 1);       // e_phnum
  put16(b, 46, 40);      // e_shentsize
  put32(b, 52, 1);       // PT_LOAD
  put32(b, 56, 0);       // p_offset
  put32(b, 60, kImageBase);
  put32(b, 64, kImageBase);
  put32(b, 68, file_bytes);
  put32(b, 72, file_bytes + kScratchBytes);
  put32(b, 76, 7);       // R W X
  put32(b, 80, 4096);
  for (usize i = 0; i < code.words.size(); ++i) put32(b, kHeaderBytes + i * 4, code.words[i]);
  return b;
}

}  // namespace forklab::fuzz
