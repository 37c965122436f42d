#include "kernel/pipe.h"

#include <algorithm>

namespace forklab::kernel {

u32 pipe_take(Pipe& pipe, std::span<u8> out) {
  u32 n = u32(std::min<usize>(out.size(), pipe.count));
  for (u32 i = 0; i < n; ++i) out[i] = pipe.buffer[(pipe.head + i) % kPipeCapacity];
  pipe.head = (pipe.head + n) % kPipeCapacity;
  pipe.count -= n;
  if (pipe.count == 0) pipe.head = 0;  // keeps the buffer layout simple to inspect
  return n;
}

u32 pipe_put(Pipe& pipe, std::span<const u8> in) {
  if (in.size() <= kPipeAtomic && in.size() > pipe.space()) return 0;
  u32 n = u32(std::min<usize>(in.size(), pipe.space()));
  u32 tail = (pipe.head + pipe.count) % kPipeCapacity;
  for (u32 i = 0; i < n; ++i) pipe.buffer[(tail + i) % kPipeCapacity] = in[i];
  pipe.count += n;
  return n;
}

PipeReadState pipe_read_state(const Pipe& pipe) {
  if (pipe.count > 0) return PipeReadState::data;
  return pipe.writers == 0 ? PipeReadState::end_of_file : PipeReadState::would_block;
}

}  // namespace forklab::kernel
