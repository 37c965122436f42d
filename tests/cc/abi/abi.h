/* Shared declarations for the ABI test: clang_side.c is built by clang,
 * our_side.c by forklab-cc; they call each other. */
struct small { char c; short s; };           /* 4 bytes: one register */
struct pair { int a; int b; };               /* 8 bytes: two registers */
struct mixed8 { long long v; };              /* 8 bytes, 8-aligned */
struct big { int a[5]; char tag; };          /* > 8 bytes: by reference */

/* implemented by clang */
int c_sum_small(struct small s, int x);
struct pair c_make_pair(int a, int b);
long long c_mul64(long long a, long long b, int shift);
struct big c_make_big(int seed);
int c_sum_big(struct big b, struct pair p, struct small s);
long long c_varargs(int n, ...);
double c_scale(double d, int k);
int c_many(int a, int b, int c, int d, int e, int f, int g, long long h, int i, struct pair j);
int c_call_back(void);
unsigned long long c_div64(unsigned long long a, unsigned long long b);

/* implemented by forklab-cc */
int our_sum_small(struct small s, int x);
struct pair our_make_pair(int a, int b);
long long our_mul64(long long a, long long b, int shift);
struct big our_make_big(int seed);
int our_sum_big(struct big b, struct pair p, struct small s);
long long our_varargs(int n, ...);
int our_many(int a, int b, int c, int d, int e, int f, int g, long long h, int i, struct pair j);
struct mixed8 our_mixed(struct mixed8 m, int x);
