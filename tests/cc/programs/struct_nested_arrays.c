#include <stdio.h>
/* Arrays of structs holding arrays of structs; member addressing arithmetic. */
struct cell { unsigned char r, g, b; };
struct row { int n; struct cell cells[4]; };
struct image { int w, h; struct row rows[3]; };
static struct image img;
int main(void) {
  img.w = 4; img.h = 3;
  for (int y = 0; y < img.h; y++) {
    img.rows[y].n = y;
    for (int x = 0; x < img.w; x++) {
      struct cell *c = &img.rows[y].cells[x];
      c->r = (unsigned char)(x * 60);
      c->g = (unsigned char)(y * 100);
      c->b = (unsigned char)(x + y);
    }
  }
  int sum = 0;
  for (int y = 0; y < img.h; y++)
    for (int x = 0; x < img.w; x++) sum += img.rows[y].cells[x].r + img.rows[y].cells[x].g + img.rows[y].cells[x].b;
  printf("%d\n", sum);
  printf("%d %d %d\n", (int)sizeof(struct cell), (int)sizeof(struct row), (int)sizeof(struct image));
  printf("%d\n", (int)((char *)&img.rows[2].cells[3].b - (char *)&img));
  struct row *r = img.rows + 1;
  printf("%d %d\n", r->n, r[1].cells[1].r);
  return 0;
}
