#include <stdio.h>
/* Structs with bit-fields passed and returned by value, in arrays, and
   compared field by field. */
struct hdr { unsigned ver : 4, ihl : 4, tos : 8, len : 16; };
static struct hdr make(unsigned v, unsigned ihl, unsigned len) { struct hdr h = { 0 }; h.ver = v; h.ihl = ihl; h.len = len; return h; }
static unsigned checksum(struct hdr h) { return h.ver * 1000 + h.ihl * 100 + h.tos + h.len; }
static int same(struct hdr a, struct hdr b) { return a.ver == b.ver && a.ihl == b.ihl && a.tos == b.tos && a.len == b.len; }
int main(void) {
  struct hdr hs[3] = { make(4, 5, 60), make(6, 0, 1500), make(15, 15, 65535) };
  for (int i = 0; i < 3; i++) printf("%u %u %u %u %u\n", hs[i].ver, hs[i].ihl, hs[i].tos, hs[i].len, checksum(hs[i]));
  hs[1].tos = 0xb8;
  printf("%u %d %d\n", checksum(hs[1]), same(hs[0], make(4, 5, 60)), same(hs[0], hs[1]));
  union { struct hdr h; unsigned w; } u = { .h = hs[0] };
  printf("%08x %d\n", u.w, (int)sizeof(struct hdr));
  return 0;
}
