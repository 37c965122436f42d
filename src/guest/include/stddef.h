#ifndef _STDDEF_H
#define _STDDEF_H
#include <bits/types.h>
#define offsetof(type, member) ((size_t)&(((type *)0)->member))
/* long double is left out: the guest libc does not support the 128-bit
 * type, and our own compiler may not have it. */
typedef struct { long long ll_; double d_; } max_align_t;
#endif
