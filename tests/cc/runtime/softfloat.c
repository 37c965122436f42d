/* Test fixture: the libgcc soft-float entry points that our compiler calls,
 * implemented with qemu's F/D instructions (compiled -march=rv32imafd with
 * the ilp32 soft-float calling convention). Not for the guest: our machine
 * has no FPU; the guest libc provides real soft-float. */
double __adddf3(double a, double b) { return a + b; }
double __subdf3(double a, double b) { return a - b; }
double __muldf3(double a, double b) { return a * b; }
double __divdf3(double a, double b) { return a / b; }
float __addsf3(float a, float b) { return a + b; }
float __subsf3(float a, float b) { return a - b; }
float __mulsf3(float a, float b) { return a * b; }
float __divsf3(float a, float b) { return a / b; }
int __eqdf2(double a, double b) { return a == b ? 0 : 1; }
int __nedf2(double a, double b) { return a != b; }
int __ltdf2(double a, double b) { return a < b ? -1 : (a == b ? 0 : 1); }
int __ledf2(double a, double b) { return a <= b ? (a == b ? 0 : -1) : 1; }
int __gtdf2(double a, double b) { return a > b ? 1 : (a == b ? 0 : -1); }
int __gedf2(double a, double b) { return a >= b ? (a == b ? 0 : 1) : -1; }
int __eqsf2(float a, float b) { return a == b ? 0 : 1; }
int __nesf2(float a, float b) { return a != b; }
int __ltsf2(float a, float b) { return a < b ? -1 : (a == b ? 0 : 1); }
int __lesf2(float a, float b) { return a <= b ? (a == b ? 0 : -1) : 1; }
int __fixdfsi(double a) { return (int)a; }
unsigned __fixunsdfsi(double a) { return (unsigned)a; }
/* 64-bit conversions by halves: clang would lower these casts to calls of
 * the very functions being defined. */
unsigned long long __fixunsdfdi(double a) {
  if (!(a > 0)) return 0;
  unsigned hi = (unsigned)(a / 4294967296.0);
  double rest = a - (double)hi * 4294967296.0;
  return ((unsigned long long)hi << 32) | (unsigned)rest;
}
long long __fixdfdi(double a) { return a < 0 ? -(long long)__fixunsdfdi(-a) : (long long)__fixunsdfdi(a); }
int __fixsfsi(float a) { return (int)a; }
unsigned __fixunssfsi(float a) { return (unsigned)a; }
long long __fixsfdi(float a) { return __fixdfdi(a); }
unsigned long long __fixunssfdi(float a) { return __fixunsdfdi(a); }
double __floatsidf(int a) { return a; }
double __floatunsidf(unsigned a) { return a; }
double __floatundidf(unsigned long long a) { return (double)(unsigned)(a >> 32) * 4294967296.0 + (double)(unsigned)a; }
double __floatdidf(long long a) { return a < 0 ? -__floatundidf(-(unsigned long long)a) : __floatundidf((unsigned long long)a); }
float __floatsisf(int a) { return (float)a; }
float __floatunsisf(unsigned a) { return (float)a; }
float __floatdisf(long long a) { return (float)__floatdidf(a); }
float __floatundisf(unsigned long long a) { return (float)__floatundidf(a); }
double __extendsfdf2(float a) { return a; }
float __truncdfsf2(double a) { return (float)a; }
