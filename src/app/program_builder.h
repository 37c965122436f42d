// Compiling C programs for the guest from the CLI.
#pragma once

#include "lab/lesson.h"

namespace forklab::app {

// Compiles one C file with our compiler against the guest's headers, crt0
// and libc from this build tree, and links it.
lab::ProgramBuilder guest_program_builder();

}  // namespace forklab::app
