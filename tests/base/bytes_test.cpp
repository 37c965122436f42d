#include "base/bytes.h"

#include <doctest/doctest.h>

using namespace forklab;

TEST_CASE("little-endian loads and stores round-trip") {
  u8 buf[8] = {};
  store_le32(buf, 0x11223344u);
  CHECK(buf[0] == 0x44);
  CHECK(buf[3] == 0x11);
  CHECK(load_le32(buf) == 0x11223344u);
  store_le16(buf + 4, 0xbeef);
  CHECK(load_le16(buf + 4) == 0xbeef);
  store_le64(buf, 0x0102030405060708ull);
  CHECK(buf[0] == 0x08);
  CHECK(load_le64(buf) == 0x0102030405060708ull);
}

TEST_CASE("range_fits rejects ranges that overflow or run past the end") {
  CHECK(range_fits(0, 16, 16));
  CHECK(range_fits(16, 0, 16));
  CHECK_FALSE(range_fits(8, 9, 16));
  CHECK_FALSE(range_fits(17, 0, 16));
  CHECK_FALSE(range_fits(0xffffffffffffff00ull, 0x200, 16));
}
