#ifndef GUARDED_H
#define GUARDED_H
#define GUARDED_CONST 22
typedef int guarded_int;
#include "once.h"
#endif
