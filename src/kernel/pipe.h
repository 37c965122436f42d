// Pipes (SPEC §4.4): a 4 KiB ring buffer with counts of open read and write
// ends. These are the data rules only; blocking, SIGPIPE and O_NONBLOCK are
// decided by the read/write system calls, which know who is asking.
#pragma once

#include <array>
#include <span>

#include "base/types.h"

namespace forklab::kernel {

constexpr u32 kPipeCapacity = 4096;  // Linux's PIPE_BUF; also the buffer size here
constexpr u32 kPipeAtomic = 4096;    // writes up to PIPE_BUF are all or nothing

struct Pipe {
  std::array<u8, kPipeCapacity> buffer{};
  u32 head = 0;   // index of the oldest byte
  u32 count = 0;  // bytes buffered
  u32 readers = 0;
  u32 writers = 0;
  bool live = false;

  u32 space() const { return kPipeCapacity - count; }
};

// Moves up to out.size() buffered bytes out; returns how many (0 when empty).
u32 pipe_take(Pipe& pipe, std::span<u8> out);

// Stores bytes; returns how many it took. A write of at most kPipeAtomic
// bytes is stored whole or not at all (POSIX: no interleaving of small
// writes); a larger one takes what fits.
u32 pipe_put(Pipe& pipe, std::span<const u8> in);

// What a reader would see now.
enum class PipeReadState { data, end_of_file, would_block };
PipeReadState pipe_read_state(const Pipe& pipe);

}  // namespace forklab::kernel
