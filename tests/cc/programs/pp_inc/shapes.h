#ifndef SHAPES_H
#define SHAPES_H
#include "shapes_impl.h"
#define SHAPES_VERSION (SHAPES_IMPL_VERSION * 10)
struct square { int side; };
static int square_area(struct square s) { return s.side * s.side; }
#endif
