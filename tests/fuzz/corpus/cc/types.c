struct point { int x, y; };
union u { int i; char c[4]; };
typedef struct { struct point p[2]; union u v; } shape;
static shape s = { .p = { {1, 2}, [1] = {3, 4} }, .v.i = 5 };
enum color { RED, GREEN = 5, BLUE };
long long sum(const shape *sp) { return sp->p[0].x + sp->p[1].y + (long long)sp->v.c[0] * BLUE; }
double half(double d) { return d / 2.0; }
int main(void) { _Bool b = sum(&s) > 3; return b ? (int)half(4.0) : 0; }
