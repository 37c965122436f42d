#pragma once
#define SHAPES_IMPL_VERSION 7
static const char *shapes_name(void) { return "shapes"; }
