// The guest image: the files of /bin (and friends) built for RV32 and
// embedded in the host program, so the lab needs nothing beside itself.
#pragma once

#include <span>

namespace forklab::lab {

struct EmbeddedFile {
  const char* path;  // where it goes in the guest, e.g. "/bin/init"
  const unsigned char* data;
  unsigned long size;
};

// The files built into this program (empty when built without the guest
// toolchain, as the web build is for now).
std::span<const EmbeddedFile> guest_image();

}  // namespace forklab::lab
