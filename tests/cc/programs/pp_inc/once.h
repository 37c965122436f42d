#pragma once
struct counter { int n; int m; };
static int once_value(void) { return 11; }
static int counter_struct_size(void) { return (int)sizeof(struct counter); }
