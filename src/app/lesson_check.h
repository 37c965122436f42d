// `forklab lesson check`: a lesson's checks, headless (see lesson_check.cpp).
#pragma once

#include <string>
#include <vector>

#include "lab/lesson.h"

namespace forklab::app {

// args: what follows `forklab lesson`. `build` compiles the lesson's programs.
int lesson_main(const std::vector<std::string>& args, const lab::ProgramBuilder& build);

}  // namespace forklab::app
