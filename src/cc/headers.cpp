// Headers that belong to the compiler rather than to the C library: they
// describe the compiler's own types and builtins (as gcc's and clang's do).
// Embedded as strings so the compiler works without a file system (wasm).
#include <cstring>

#include "cc/preprocess.h"

namespace forklab::cc {
namespace {

struct BuiltinHeader {
  const char* name;
  const char* text;
};

const BuiltinHeader kHeaders[] = {
    {"stdarg.h", R"(#ifndef __FORKLAB_STDARG_H
#define __FORKLAB_STDARG_H
typedef __builtin_va_list va_list;
typedef __builtin_va_list __gnuc_va_list;
#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_end(ap) ((void)(ap))
#define va_arg(ap, type) __builtin_va_arg(ap, type)
#define va_copy(dst, src) ((dst) = (src))
#define __va_copy(dst, src) ((dst) = (src))
#endif
)"},
    {"stddef.h", R"(#ifndef __FORKLAB_STDDEF_H
#define __FORKLAB_STDDEF_H
typedef unsigned int size_t;
typedef int ptrdiff_t;
typedef int wchar_t;
typedef struct { long long __ll; double __d; } max_align_t;
#ifndef NULL
#define NULL ((void *)0)
#endif
#define offsetof(type, member) __builtin_offsetof(type, member)
#endif
)"},
    {"stdbool.h", R"(#ifndef __FORKLAB_STDBOOL_H
#define __FORKLAB_STDBOOL_H
#define bool _Bool
#define true 1
#define false 0
#define __bool_true_false_are_defined 1
#endif
)"},
    {"stdalign.h", R"(#ifndef __FORKLAB_STDALIGN_H
#define __FORKLAB_STDALIGN_H
#define alignas _Alignas
#define alignof _Alignof
#define __alignas_is_defined 1
#define __alignof_is_defined 1
#endif
)"},
    {"stdnoreturn.h", "#ifndef __FORKLAB_STDNORETURN_H\n#define __FORKLAB_STDNORETURN_H\n#define noreturn _Noreturn\n#endif\n"},
    {"iso646.h", R"(#ifndef __FORKLAB_ISO646_H
#define __FORKLAB_ISO646_H
#define and &&
#define and_eq &=
#define bitand &
#define bitor |
#define compl ~
#define not !
#define not_eq !=
#define or ||
#define or_eq |=
#define xor ^
#define xor_eq ^=
#endif
)"},
    {"float.h", R"(#ifndef __FORKLAB_FLOAT_H
#define __FORKLAB_FLOAT_H
#define FLT_RADIX 2
#define FLT_MANT_DIG 24
#define DBL_MANT_DIG 53
#define LDBL_MANT_DIG 53
#define FLT_DIG 6
#define DBL_DIG 15
#define LDBL_DIG 15
#define FLT_EPSILON 1.19209290e-7F
#define DBL_EPSILON 2.2204460492503131e-16
#define LDBL_EPSILON 2.2204460492503131e-16L
#define FLT_MAX 3.40282347e+38F
#define DBL_MAX 1.7976931348623157e+308
#define LDBL_MAX 1.7976931348623157e+308L
#define FLT_MIN 1.17549435e-38F
#define DBL_MIN 2.2250738585072014e-308
#define LDBL_MIN 2.2250738585072014e-308L
#define FLT_MAX_EXP 128
#define DBL_MAX_EXP 1024
#define FLT_MIN_EXP (-125)
#define DBL_MIN_EXP (-1021)
#define FLT_EVAL_METHOD 0
#define DECIMAL_DIG 17
#endif
)"},
    {"limits.h", R"(#ifndef __FORKLAB_LIMITS_H
#define __FORKLAB_LIMITS_H
#define CHAR_BIT 8
#define SCHAR_MIN (-128)
#define SCHAR_MAX 127
#define UCHAR_MAX 255
#define CHAR_MIN 0
#define CHAR_MAX 255
#define MB_LEN_MAX 4
#define SHRT_MIN (-32768)
#define SHRT_MAX 32767
#define USHRT_MAX 65535
#define INT_MIN (-2147483647 - 1)
#define INT_MAX 2147483647
#define UINT_MAX 4294967295U
#define LONG_MIN (-2147483647L - 1)
#define LONG_MAX 2147483647L
#define ULONG_MAX 4294967295UL
#define LLONG_MIN (-9223372036854775807LL - 1)
#define LLONG_MAX 9223372036854775807LL
#define ULLONG_MAX 18446744073709551615ULL
#ifndef PATH_MAX
#define PATH_MAX 4096
#endif
#endif
)"},
};

}  // namespace

const char* builtin_header(const std::string& name) {
  for (const BuiltinHeader& h : kHeaders)
    if (name == h.name) return h.text;
  return nullptr;
}

}  // namespace forklab::cc
