// expect: 5:12: error: no member named 'z' in 'struct point'
struct point { int x, y; };
int main(void) {
  struct point p;
  return p.z;
}
