#include <stdio.h>
/* Anonymous structs and unions, nested, with initializers. */
struct vec {
  union {
    struct { float x, y, z; };
    float v[3];
  };
  int kind;
};
struct packet {
  int type;
  union {
    struct { short port; short flags; };
    struct { unsigned char bytes[4]; };
    unsigned int raw;
  };
};
struct outer { int a; struct { int b; struct { int c; }; }; int d; };
int main(void) {
  struct vec v;
  v.x = 1.0f; v.y = 2.0f; v.z = 4.0f; v.kind = 3;
  float s = 0;
  for (int i = 0; i < 3; i++) s += v.v[i];
  printf("%.1f %d %d\n", s, v.kind, (int)sizeof v);
  struct packet p;
  p.raw = 0;
  p.port = 0x1234;
  p.flags = 0x0a0b;
  printf("%x %x %x %d\n", p.raw, p.bytes[0], p.bytes[3], (int)sizeof p);
  struct outer o = { 1, { 2, { 3 } }, 4 };
  printf("%d %d %d %d\n", o.a, o.b, o.c, o.d);
  o.c = 30;
  struct outer *op = &o;
  printf("%d %d\n", op->c, (int)((char *)&o.d - (char *)&o));
  return 0;
}
