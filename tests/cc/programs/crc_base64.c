#include <stdio.h>
#include <string.h>
/* Checksums and encodings: CRC-32 (table driven), Adler-32, base64. */
static unsigned crc_table[256];
static void crc_init(void) {
  for (unsigned i = 0; i < 256; i++) {
    unsigned c = i;
    for (int k = 0; k < 8; k++) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
    crc_table[i] = c;
  }
}
static unsigned crc32(const unsigned char *p, int n) {
  unsigned c = 0xffffffffu;
  while (n--) c = crc_table[(c ^ *p++) & 0xff] ^ (c >> 8);
  return c ^ 0xffffffffu;
}
static unsigned adler32(const unsigned char *p, int n) {
  unsigned a = 1, b = 0;
  while (n--) { a = (a + *p++) % 65521; b = (b + a) % 65521; }
  return b << 16 | a;
}
static void b64(const unsigned char *in, int n, char *out) {
  static const char tbl[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  int i = 0;
  for (; i + 2 < n; i += 3) {
    unsigned v = in[i] << 16 | in[i + 1] << 8 | in[i + 2];
    *out++ = tbl[v >> 18]; *out++ = tbl[v >> 12 & 63]; *out++ = tbl[v >> 6 & 63]; *out++ = tbl[v & 63];
  }
  if (n - i == 1) { unsigned v = in[i] << 16; *out++ = tbl[v >> 18]; *out++ = tbl[v >> 12 & 63]; *out++ = '='; *out++ = '='; }
  else if (n - i == 2) { unsigned v = in[i] << 16 | in[i + 1] << 8; *out++ = tbl[v >> 18]; *out++ = tbl[v >> 12 & 63]; *out++ = tbl[v >> 6 & 63]; *out++ = '='; }
  *out = 0;
}
int main(void) {
  crc_init();
  const char *s[] = { "", "a", "abc", "The quick brown fox jumps over the lazy dog", "123456789" };
  for (int i = 0; i < 5; i++) {
    char enc[128];
    int n = strlen(s[i]);
    b64((const unsigned char *)s[i], n, enc);
    printf("%08x %08x %s\n", crc32((const unsigned char *)s[i], n), adler32((const unsigned char *)s[i], n), enc);
  }
  unsigned char bin[4] = { 0xff, 0x00, 0x80, 0x7f };
  char enc[16];
  b64(bin, 4, enc);
  printf("%s\n", enc);
  return 0;
}
