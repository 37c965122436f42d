#define STR(x) #x
#define CAT(a, b) a##b
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#if defined(CAT) && MAX(1, 2) == 2
int CAT(va, lue) = MAX(3, 4);
#else
#error no
#endif
const char *s = STR(hello world);
int f(int n, ...) { return n; }
int main() { int a[3] = {1, 2, 3}, *p = a; for (int i = 0; i < 3; i++) p[i] <<= 1; while (0) {} do {} while (0); switch (value) { case 1: break; default: ; } return f(1, 2, 3) + sizeof a; }
