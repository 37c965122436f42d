#include "app/png_writer.h"

#include <cstdio>


namespace forklab::app {
namespace {

u32 crc32(const u8* data, usize size, u32 crc = 0) {
  crc = ~crc;
  for (usize i = 0; i < size; ++i) {
    crc ^= data[i];
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
  }
  return ~crc;
}

void put_be32(std::vector<u8>& out, u32 v) {
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(u8(v >> shift));
}

void put_chunk(std::vector<u8>& out, const char type[4], const std::vector<u8>& body) {
  put_be32(out, u32(body.size()));
  usize start = out.size();
  out.insert(out.end(), type, type + 4);
  out.insert(out.end(), body.begin(), body.end());
  put_be32(out, crc32(out.data() + start, out.size() - start));
}

// A zlib stream made of "stored" (uncompressed) deflate blocks: screenshots
// are for tests and people, so size matters less than having no dependency.
std::vector<u8> zlib_store(const std::vector<u8>& raw) {
  std::vector<u8> z = {0x78, 0x01};
  usize pos = 0;
  do {
    usize n = raw.size() - pos < 65535 ? raw.size() - pos : 65535;
    bool last = pos + n == raw.size();
    z.push_back(last ? 1 : 0);
    z.push_back(u8(n));
    z.push_back(u8(n >> 8));
    z.push_back(u8(~n));
    z.push_back(u8(~n >> 8));
    z.insert(z.end(), raw.begin() + pos, raw.begin() + pos + n);
    pos += n;
  } while (pos < raw.size());
  u32 a = 1, b = 0;  // Adler-32 of the uncompressed data
  for (u8 byte : raw) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  put_be32(z, b << 16 | a);
  return z;
}

}  // namespace

std::vector<u8> encode_png(const std::vector<u8>& rgba, int width, int height) {
  std::vector<u8> out = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  std::vector<u8> header;
  put_be32(header, u32(width));
  put_be32(header, u32(height));
  header.insert(header.end(), {8, 6, 0, 0, 0});  // 8-bit RGBA, no interlace
  put_chunk(out, "IHDR", header);

  std::vector<u8> raw;
  usize row = usize(width) * 4;
  raw.reserve((row + 1) * usize(height));
  for (int y = 0; y < height; ++y) {
    raw.push_back(0);  // filter type: none
    raw.insert(raw.end(), rgba.begin() + y * row, rgba.begin() + (y + 1) * row);
  }
  put_chunk(out, "IDAT", zlib_store(raw));
  put_chunk(out, "IEND", {});
  return out;
}

Status write_png(const std::string& path, const std::vector<u8>& rgba, int width, int height) {
  std::vector<u8> png = encode_png(rgba, width, height);
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return make_error("cannot write " + path);
  bool ok = std::fwrite(png.data(), 1, png.size(), f) == png.size();
  ok = std::fclose(f) == 0 && ok;
  if (!ok) return make_error("short write to " + path);
  return {};
}

}  // namespace forklab::app
