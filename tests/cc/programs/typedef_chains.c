#include <stdio.h>
/* typedefs of typedefs, typedef'd arrays, pointers and function types,
   and qualifiers added through typedef names. */
typedef unsigned char byte;
typedef byte octet;
typedef octet mac_addr[6];
typedef struct node node_t, *node_ptr;
struct node { int v; node_ptr next; };
typedef int handler(int);
typedef handler *handler_ptr;
typedef const char *cstr;
static int twice(int x) { return x * 2; }
static handler square;
static int square(int x) { return x * x; }
int main(void) {
  mac_addr m = { 0xde, 0xad, 0xbe, 0xef, 0x00, 0x01 };
  printf("%d %02x:%02x\n", (int)sizeof(mac_addr), m[0], m[5]);
  node_t a = { 1, 0 }, b = { 2, &a };
  node_ptr p = &b;
  int s = 0;
  for (; p; p = p->next) s += p->v;
  printf("%d\n", s);
  handler_ptr hs[2] = { twice, square };
  printf("%d %d\n", hs[0](7), hs[1](7));
  cstr names[] = { "x", "yy" };
  printf("%s%s\n", names[0], names[1]);
  const octet c = 255;
  printf("%d\n", c + 1);
  typedef int row[3];
  row grid[2] = { { 1, 2, 3 }, { 4, 5, 6 } };
  printf("%d %d\n", grid[1][2], (int)sizeof grid);
  return 0;
}
