#ifndef _MATH_H
#define _MATH_H
/* A small libm: the exact operations (sqrt is correctly rounded) and the
 * classification macros. Transcendental functions (sin, exp, log, pow)
 * are not provided yet. */
#define HUGE_VAL (1.0 / 0.0)
#define INFINITY (1.0f / 0.0f)
#define NAN (0.0f / 0.0f)
#define M_PI 3.14159265358979323846
#define M_E 2.7182818284590452354
#define M_SQRT2 1.41421356237309504880

#define isnan(x) ((x) != (x))
#define isinf(x) (!isnan(x) && isnan((x) - (x)))
#define isfinite(x) (!isnan((x) - (x)))
#define signbit(x) __signbit((double)(x))

int __signbit(double x);
double fabs(double x);
float fabsf(float x);
double sqrt(double x);
float sqrtf(float x);
double floor(double x);
double ceil(double x);
double trunc(double x);
double round(double x);
double fmod(double x, double y);
double ldexp(double x, int exp);
double frexp(double x, int *exp);
double modf(double x, double *ipart);
double fmin(double a, double b);
double fmax(double a, double b);
#endif
