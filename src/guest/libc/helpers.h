/* Names of the libgcc helpers. The guest libc defines them under their
 * standard names (the compilers call them); the host-side test compiles the
 * same files with FORKLAB_HOST_TEST so they do not clash with the host's
 * own runtime library. */
#ifndef FORKLAB_LIBC_HELPERS_H
#define FORKLAB_LIBC_HELPERS_H
#ifdef FORKLAB_HOST_TEST
#define HELPER(name) forklab##name
#else
#define HELPER(name) name
#endif
#endif
