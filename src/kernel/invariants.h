// The kernel's invariant checker (SPEC §4.6). It recomputes what the
// kernel's bookkeeping claims from first principles and reports every
// difference: a frame's refcount against the page-table entries that map
// it, parents and zombies, fd and open-file counts, pipe ends, the run
// queue, and every cached TLB translation against the page tables.
#pragma once

#include <string>
#include <vector>

#include "kernel/kernel.h"

namespace forklab::kernel {

// Each violation as one line of text; empty when all is well.
std::vector<std::string> check_invariants(const Kernel& k);

}  // namespace forklab::kernel
