#ifndef _STDDEF_H
#define _STDDEF_H
#include <bits/types.h>
#define offsetof(type, member) ((size_t)&(((type *)0)->member))
typedef struct { long long ll_; long double ld_; } max_align_t;
#endif
