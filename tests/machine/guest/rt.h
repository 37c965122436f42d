/* A minimal freestanding runtime for differential test programs: _start,
 * the Linux write (64) and exit (93) system calls, and hex printing. The same
 * ELF runs on ForkLab's machine and under qemu-riscv32. */
#pragma once

typedef unsigned int u32;
typedef int i32;
typedef unsigned long long u64;
typedef long long i64;

static inline long sys3(long n, long a, long b, long c) {
  register long a0 __asm__("a0") = a;
  register long a1 __asm__("a1") = b;
  register long a2 __asm__("a2") = c;
  register long a7 __asm__("a7") = n;
  __asm__ volatile("ecall" : "+r"(a0) : "r"(a1), "r"(a2), "r"(a7) : "memory");
  return a0;
}

static inline void write_bytes(const void* p, u32 n) { sys3(64, 1, (long)p, (long)n); }
__attribute__((noreturn)) static inline void exit_with(int status) {
  sys3(93, status, 0, 0);
  for (;;) {}
}

static inline u32 str_len(const char* s) {
  u32 n = 0;
  while (s[n]) ++n;
  return n;
}
static inline void puts_(const char* s) { write_bytes(s, str_len(s)); }

static inline void print_hex(const char* label, u32 v) {
  char buf[64];
  u32 n = 0;
  while (label[n] && n < 40) { buf[n] = label[n]; ++n; }
  buf[n++] = '=';
  for (int i = 7; i >= 0; --i) buf[n++] = "0123456789abcdef"[(v >> (4 * i)) & 15];
  buf[n++] = '\n';
  write_bytes(buf, n);
}

/* clang may emit calls to these for struct copies and zeroing. */
void* memcpy(void* d, const void* s, unsigned long n) {
  char* dd = (char*)d;
  const char* ss = (const char*)s;
  while (n--) *dd++ = *ss++;
  return d;
}
void* memset(void* d, int c, unsigned long n) {
  char* dd = (char*)d;
  while (n--) *dd++ = (char)c;
  return d;
}

int main(void);
__attribute__((naked, section(".text.start"))) void _start(void) {
  __asm__ volatile("call main\n\tli a7, 93\n\tecall\n");
}
