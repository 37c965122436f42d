// Used when the guest image could not be built (no RV32 toolchain).
#include "lab/guest_image.h"

namespace forklab::lab {

std::span<const EmbeddedFile> guest_image() { return {}; }

}  // namespace forklab::lab
