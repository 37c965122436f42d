#include <stdio.h>
#include <string.h>
/* Struct assignment copies every byte, including arrays inside; a copy is
   independent of the original. */
struct person { char name[16]; int age; short scores[5]; };
static struct person older(struct person p) { p.age += 10; return p; }
int main(void) {
  struct person a;
  memset(&a, 0, sizeof a);
  strcpy(a.name, "ada");
  a.age = 36;
  for (int i = 0; i < 5; i++) a.scores[i] = (short)(i * 11);
  struct person b = a;
  b.name[0] = 'A';
  b.scores[4] = -1;
  printf("%s %d %d | %s %d %d\n", a.name, a.age, a.scores[4], b.name, b.age, b.scores[4]);
  struct person c = older(a);
  printf("%d %d\n", a.age, c.age);
  struct person arr[3];
  arr[0] = a; arr[1] = b; arr[2] = c;
  arr[1] = arr[2];
  printf("%s %d\n", arr[1].name, arr[1].age);
  struct person *pp = &arr[0];
  *pp = older(*pp);
  printf("%d\n", arr[0].age);
  printf("%d\n", memcmp(&arr[1], &c, sizeof c) == 0);
  return 0;
}
