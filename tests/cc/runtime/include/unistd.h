/* Test fixture header. */
#ifndef _TEST_UNISTD_H
#define _TEST_UNISTD_H
#include <stddef.h>
typedef int ssize_t;
typedef int pid_t;
ssize_t write(int fd, const void *buf, size_t n);
void _exit(int status) __attribute__((noreturn));
pid_t getpid(void);
#endif
