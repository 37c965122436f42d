// forklab-cc: the standalone compiler driver (the CLI's `forklab cc` calls
// the same cc_main).
#include "cc/compiler.h"

int main(int argc, char** argv) { return forklab::cc::cc_main(argc, argv); }
