/* The machine benchmark's fixed guest workload: integer loops, multiply and
 * divide, byte/word memory traffic over 64 KiB (16 pages, so every access is
 * translated through Sv32), and calls. The harness sets `bench_rounds`; one
 * round is about 0.46 M instructions. Prints a checksum, so runs can be
 * compared with qemu-riscv32. */
typedef unsigned int u32;

volatile u32 bench_rounds = 4;
static u32 words[16384];

static long sys3(long n, long a, long b, long c) {
  register long a0 __asm__("a0") = a;
  register long a1 __asm__("a1") = b;
  register long a2 __asm__("a2") = c;
  register long a7 __asm__("a7") = n;
  __asm__ volatile("ecall" : "+r"(a0) : "r"(a1), "r"(a2), "r"(a7) : "memory");
  return a0;
}

__attribute__((noinline)) static u32 mix(u32 h, u32 v) { return (h ^ v) * 0x01000193u; }

__attribute__((noinline)) static u32 fib(u32 n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(void) {
  u32 seed = 12345, sum = 0;
  unsigned char* bytes = (unsigned char*)words;
  u32 rounds = bench_rounds;
  for (u32 r = 0; r < rounds; ++r) {
    for (u32 i = 0; i < 16384; ++i) {
      seed = seed * 1103515245u + 12345u;
      words[i] ^= seed >> 7;
    }
    for (u32 i = 0; i < 16384; i += 4)
      sum += words[i] / (words[i + 1] | 1) + words[i + 2] % 97u + (words[i + 3] >> 3);
    for (u32 i = 1; i < 65536; i += 3) bytes[i] = (unsigned char)(bytes[i - 1] + bytes[i + 1]);
    for (u32 i = 0; i < 4096; ++i) sum = mix(sum, words[(i * 97) & 16383]);
    sum += fib(12);
  }
  char out[9];
  for (int i = 0; i < 8; ++i) out[i] = "0123456789abcdef"[(sum >> (28 - 4 * i)) & 15];
  out[8] = '\n';
  sys3(64, 1, (long)out, 9);
  return 0;
}

__attribute__((naked, section(".text.start"))) void _start(void) {
  __asm__ volatile("call main\n\tli a7, 93\n\tecall\n");
}
