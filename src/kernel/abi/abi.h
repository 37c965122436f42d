/* The whole guest ABI in one include (see README.md). */
#ifndef FORKLAB_ABI_ABI_H
#define FORKLAB_ABI_ABI_H
#include "types.h"
#include "syscall.h"
#include "errno.h"
#include "signal.h"
#include "fcntl.h"
#include "process.h"
#include "termios.h"
#endif
