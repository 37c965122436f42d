// Shared between the machine's own source files; not for the kernel.
#pragma once

#include "machine/machine.h"

namespace forklab::machine {

// Bookkeeping for a store that bypassed the write TLB: drops decoded code on
// the touched frames and breaks a reservation on the word. Returns true when
// decoded code was dropped (the interpreter must refetch).
bool note_phys_write(Machine& m, u32 paddr, u32 size);

// LR.W: remember the word and force stores to its frame onto the slow path.
void reserve_word(Machine& m, u32 paddr);

}  // namespace forklab::machine
