// Writes RGBA pixels as a PNG file (for screenshots from the desktop app).
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "base/types.h"

namespace forklab::app {

// Encodes rows of RGBA pixels (top row first) as a PNG image in memory.
std::vector<u8> encode_png(const std::vector<u8>& rgba, int width, int height);

Status write_png(const std::string& path, const std::vector<u8>& rgba, int width, int height);

}  // namespace forklab::app
