#include "kernel/pipe.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace forklab;
using namespace forklab::kernel;

namespace {

std::span<const u8> bytes_of(const std::string& s) {
  return {reinterpret_cast<const u8*>(s.data()), s.size()};
}

std::string take(Pipe& p, usize n) {
  std::string out(n, '\0');
  out.resize(pipe_take(p, {reinterpret_cast<u8*>(out.data()), out.size()}));
  return out;
}

}  // namespace

TEST_CASE("bytes come out of a pipe in the order they went in, across the wrap") {
  Pipe p;
  p.readers = p.writers = 1;
  CHECK(pipe_put(p, bytes_of(std::string(4000, 'a'))) == 4000);
  CHECK(take(p, 3990) == std::string(3990, 'a'));
  CHECK(pipe_put(p, bytes_of("hello, wrapped world")) == 20);  // crosses the end
  CHECK(take(p, 100) == std::string(10, 'a') + "hello, wrapped world");
  CHECK(p.count == 0);
}

TEST_CASE("small writes are atomic, large writes take what fits") {
  Pipe p;
  p.readers = p.writers = 1;
  CHECK(pipe_put(p, bytes_of(std::string(4090, 'x'))) == 4090);
  CHECK(pipe_put(p, bytes_of("0123456789")) == 0);  // 10 > 6 free: all or nothing
  take(p, 4090);
  CHECK(pipe_put(p, bytes_of(std::string(10000, 'y'))) == kPipeCapacity);
  CHECK(p.space() == 0);
}

TEST_CASE("an empty pipe reads as end of file only when no writer is left") {
  Pipe p;
  p.readers = 1;
  p.writers = 1;
  CHECK(pipe_read_state(p) == PipeReadState::would_block);
  pipe_put(p, bytes_of("x"));
  CHECK(pipe_read_state(p) == PipeReadState::data);
  p.writers = 0;
  CHECK(pipe_read_state(p) == PipeReadState::data);
  take(p, 1);
  CHECK(pipe_read_state(p) == PipeReadState::end_of_file);
}
