// A fingerprint of the whole machine and kernel state, for checkpoint and
// determinism tests: two runs that agree on it agree on everything a guest
// or the UI can observe.
#pragma once

#include "kernel/kernel.h"

namespace forklab::kernel {

u64 state_hash(const Kernel& k);

}  // namespace forklab::kernel
