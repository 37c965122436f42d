/* The guest ABI: fixed-size types shared by the C++ kernel and the C guest.
 *
 * Everything under abi/ is plain C that also compiles as C++: no libc
 * includes, no host types, every name prefixed (abi_, ABI_) so the kernel can
 * include these headers next to the host's <cerrno> and <csignal> without a
 * clash. The values and layouts are Linux's for 32-bit RISC-V (ilp32), see
 * README.md for the few places where ForkLab differs. */
#ifndef FORKLAB_ABI_TYPES_H
#define FORKLAB_ABI_TYPES_H

typedef unsigned char abi_u8;
typedef signed char abi_s8;
typedef unsigned short abi_u16;
typedef short abi_s16;
typedef unsigned int abi_u32;
typedef int abi_s32;
typedef unsigned long long abi_u64;
typedef long long abi_s64;

/* A guest pointer or a guest `long`: 32 bits on RV32 whatever the host uses,
 * so kernel-side structs hold addresses as abi_ptr, never as host pointers. */
typedef abi_u32 abi_ptr;
typedef abi_s32 abi_long;
typedef abi_u32 abi_ulong;

/* Compile-time checks that also work in C99 (where a false condition makes
 * an array of negative size). */
#define ABI_CONCAT_(a, b) a##b
#define ABI_CONCAT(a, b) ABI_CONCAT_(a, b)
#if defined(__cplusplus)
#define ABI_STATIC_ASSERT(cond, msg) static_assert(cond, msg)
#elif defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
#define ABI_STATIC_ASSERT(cond, msg) _Static_assert(cond, msg)
#else
#define ABI_STATIC_ASSERT(cond, msg) \
  typedef char ABI_CONCAT(abi_static_assert_, __LINE__)[(cond) ? 1 : -1]
#endif

ABI_STATIC_ASSERT(sizeof(abi_u8) == 1, "abi_u8");
ABI_STATIC_ASSERT(sizeof(abi_u16) == 2, "abi_u16");
ABI_STATIC_ASSERT(sizeof(abi_u32) == 4, "abi_u32");
ABI_STATIC_ASSERT(sizeof(abi_u64) == 8, "abi_u64");

/* 64-bit members are 8-byte aligned on RV32 (ilp32) as on x86-64 and wasm32
 * hosts, so the struct layouts here match on both sides; the static asserts
 * next to each struct check it. */

#endif
