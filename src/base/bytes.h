// Little-endian loads and stores on byte spans (guest memory and ELF files
// are little-endian; the host may not be).
#pragma once

#include <cstring>
#include <span>

#include "base/types.h"

namespace forklab {

using ByteSpan = std::span<const u8>;
using MutableByteSpan = std::span<u8>;

inline u16 load_le16(const u8* p) { return u16(p[0] | p[1] << 8); }
inline u32 load_le32(const u8* p) {
  return u32(p[0]) | u32(p[1]) << 8 | u32(p[2]) << 16 | u32(p[3]) << 24;
}
inline u64 load_le64(const u8* p) { return u64(load_le32(p)) | u64(load_le32(p + 4)) << 32; }

inline void store_le16(u8* p, u16 v) {
  p[0] = u8(v);
  p[1] = u8(v >> 8);
}
inline void store_le32(u8* p, u32 v) {
  for (int i = 0; i < 4; ++i) p[i] = u8(v >> (8 * i));
}
inline void store_le64(u8* p, u64 v) {
  store_le32(p, u32(v));
  store_le32(p + 4, u32(v >> 32));
}

// True when [offset, offset + length) lies inside a buffer of `size` bytes,
// computed without overflow (the ELF loader and syscall layer rely on it).
inline bool range_fits(u64 offset, u64 length, u64 size) {
  return offset <= size && length <= size - offset;
}

}  // namespace forklab
