// The build's identity, shown by the status panel and `forklab --version`.
#pragma once

namespace forklab {

const char* version_string();  // e.g. "0.1.0-3f2a9c1"
const char* build_kind();       // "native" or "web"

}  // namespace forklab
