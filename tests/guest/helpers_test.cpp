// The guest libc's libgcc helpers (src/guest/libc/softfloat.c, int64.c),
// compiled natively with FORKLAB_HOST_TEST, checked bit for bit against the
// host's IEEE-754 hardware and 64-bit integer arithmetic.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <vector>

extern "C" {
double forklab__adddf3(double, double);
double forklab__subdf3(double, double);
double forklab__muldf3(double, double);
double forklab__divdf3(double, double);
double forklab__negdf2(double);
float forklab__addsf3(float, float);
float forklab__subsf3(float, float);
float forklab__mulsf3(float, float);
float forklab__divsf3(float, float);
int forklab__eqdf2(double, double);
int forklab__nedf2(double, double);
int forklab__ltdf2(double, double);
int forklab__ledf2(double, double);
int forklab__gtdf2(double, double);
int forklab__gedf2(double, double);
int forklab__unorddf2(double, double);
int forklab__ltsf2(float, float);
int forklab__gesf2(float, float);
double forklab__floatsidf(int32_t);
double forklab__floatunsidf(uint32_t);
double forklab__floatdidf(int64_t);
double forklab__floatundidf(uint64_t);
float forklab__floatsisf(int32_t);
float forklab__floatdisf(int64_t);
float forklab__floatundisf(uint64_t);
int32_t forklab__fixdfsi(double);
uint32_t forklab__fixunsdfsi(double);
int64_t forklab__fixdfdi(double);
uint64_t forklab__fixunsdfdi(double);
int32_t forklab__fixsfsi(float);
double forklab__extendsfdf2(float);
float forklab__truncdfsf2(double);
uint64_t forklab__muldi3(uint64_t, uint64_t);
int64_t forklab__divdi3(int64_t, int64_t);
int64_t forklab__moddi3(int64_t, int64_t);
uint64_t forklab__udivdi3(uint64_t, uint64_t);
uint64_t forklab__umoddi3(uint64_t, uint64_t);
uint64_t forklab__ashldi3(uint64_t, int);
uint64_t forklab__lshrdi3(uint64_t, int);
int64_t forklab__ashrdi3(int64_t, int);
int forklab__clzsi2(uint32_t);
int forklab__clzdi2(uint64_t);
}

namespace {

uint64_t rng_state = 0x9e3779b97f4a7c15ULL;
uint64_t next_random() {
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return rng_state;
}

uint64_t bits_of(double d) { uint64_t u; std::memcpy(&u, &d, 8); return u; }
uint32_t bits_of(float f) { uint32_t u; std::memcpy(&u, &f, 4); return u; }
double double_of(uint64_t u) { double d; std::memcpy(&d, &u, 8); return d; }
float float_of(uint32_t u) { float f; std::memcpy(&f, &u, 4); return f; }

// Values that reach every path: random bit patterns (all exponents,
// subnormals, NaNs), small integers and fractions, and the edges.
std::vector<double> sample_doubles(int n) {
  std::vector<double> v = {0.0, -0.0, 1.0, -1.0, 0.5, 3.0, 0.1, 1e308, -1e308,
                           std::numeric_limits<double>::infinity(),
                           -std::numeric_limits<double>::infinity(),
                           std::numeric_limits<double>::quiet_NaN(),
                           std::numeric_limits<double>::denorm_min(),
                           std::numeric_limits<double>::min(),
                           std::numeric_limits<double>::max(), 2.2250738585072009e-308,
                           4503599627370496.5, 9007199254740993.0};
  for (int i = 0; i < n; i++) {
    uint64_t r = next_random();
    switch (i % 4) {
      case 0: v.push_back(double_of(r)); break;
      case 1: v.push_back((double)(int64_t)(r % 2000001) - 1000000.0); break;
      case 2: v.push_back(((double)(int64_t)(r % 1000001) - 500000.0) / (double)(1 + (r >> 40) % 1000)); break;
      default: v.push_back(double_of((r & 0x800fffffffffffffULL) | ((uint64_t)(1023 + (int)((r >> 52) % 120) - 60) << 52)));
    }
  }
  return v;
}

// Same bits, except that any NaN matches any NaN (payloads differ between
// x86 and RISC-V's canonical NaN).
template <typename T>
void check_same(T got, T want) {
  if (std::isnan(want)) {
    CHECK(std::isnan(got));
  } else {
    CHECK(bits_of(got) == bits_of(want));
  }
}

}  // namespace

TEST_CASE("double add, sub, mul, div round like the hardware") {
  std::vector<double> v = sample_doubles(400);
  for (double a : v) {
    for (double b : v) {
      check_same(forklab__adddf3(a, b), a + b);
      check_same(forklab__subdf3(a, b), a - b);
      check_same(forklab__muldf3(a, b), a * b);
      check_same(forklab__divdf3(a, b), a / b);
    }
    check_same(forklab__negdf2(a), -a);
  }
}

TEST_CASE("float add, sub, mul, div round like the hardware") {
  std::vector<double> dv = sample_doubles(300);
  std::vector<float> v;
  for (double d : dv) v.push_back((float)d);
  for (int i = 0; i < 200; i++) v.push_back(float_of((uint32_t)next_random()));
  for (float a : v) {
    for (float b : v) {
      check_same(forklab__addsf3(a, b), a + b);
      check_same(forklab__subsf3(a, b), a - b);
      check_same(forklab__mulsf3(a, b), a * b);
      check_same(forklab__divsf3(a, b), a / b);
    }
  }
}

TEST_CASE("comparisons answer like C's operators, NaN included") {
  std::vector<double> v = sample_doubles(120);
  for (double a : v) {
    for (double b : v) {
      CHECK((forklab__eqdf2(a, b) == 0) == (a == b));
      CHECK((forklab__nedf2(a, b) != 0) == (a != b));
      CHECK((forklab__ltdf2(a, b) < 0) == (a < b));
      CHECK((forklab__ledf2(a, b) <= 0) == (a <= b));
      CHECK((forklab__gtdf2(a, b) > 0) == (a > b));
      CHECK((forklab__gedf2(a, b) >= 0) == (a >= b));
      CHECK((forklab__unorddf2(a, b) != 0) == (std::isnan(a) || std::isnan(b)));
      float fa = (float)a, fb = (float)b;
      CHECK((forklab__ltsf2(fa, fb) < 0) == (fa < fb));
      CHECK((forklab__gesf2(fa, fb) >= 0) == (fa >= fb));
    }
  }
}

TEST_CASE("integer to float conversions round to nearest even") {
  for (int i = 0; i < 20000; i++) {
    uint64_t r = next_random();
    int shift = (int)(r % 64);
    uint64_t u = r >> shift;
    int64_t s = (int64_t)(next_random()) >> (next_random() % 64);
    check_same(forklab__floatsidf((int32_t)s), (double)(int32_t)s);
    check_same(forklab__floatunsidf((uint32_t)u), (double)(uint32_t)u);
    check_same(forklab__floatdidf(s), (double)s);
    check_same(forklab__floatundidf(u), (double)u);
    check_same(forklab__floatsisf((int32_t)s), (float)(int32_t)s);
    check_same(forklab__floatdisf(s), (float)s);
    check_same(forklab__floatundisf(u), (float)u);
  }
}

TEST_CASE("float to integer conversions truncate toward zero") {
  std::vector<double> v = sample_doubles(4000);
  for (double d : v) {
    if (std::isnan(d)) continue;
    if (d > -2147483649.0 && d < 2147483648.0) CHECK(forklab__fixdfsi(d) == (int32_t)d);
    if (d > -1.0 && d < 4294967296.0) CHECK(forklab__fixunsdfsi(d) == (uint32_t)d);
    if (d > -9223372036854775808.0 - 1 && d < 9223372036854775808.0) {
      if (d >= -9223372036854775808.0) CHECK(forklab__fixdfdi(d) == (int64_t)d);
    }
    if (d > -1.0 && d < 18446744073709551616.0) CHECK(forklab__fixunsdfdi(d) == (uint64_t)d);
    float f = (float)d;
    if (f > -2147483649.0f && f < 2147483648.0f) CHECK(forklab__fixsfsi(f) == (int32_t)f);
  }
  CHECK(forklab__fixdfsi(1e10) == 2147483647);   // saturates, like fcvt.w.d
  CHECK(forklab__fixdfsi(-1e10) == -2147483647 - 1);
  CHECK(forklab__fixunsdfsi(-5.0) == 0u);
}

TEST_CASE("float and double convert both ways") {
  std::vector<double> v = sample_doubles(20000);
  for (double d : v) {
    check_same(forklab__truncdfsf2(d), (float)d);
    float f = (float)d;
    check_same(forklab__extendsfdf2(f), (double)f);
  }
}

TEST_CASE("64-bit multiply, divide, modulo and shifts") {
  for (int i = 0; i < 50000; i++) {
    uint64_t a = next_random() >> (next_random() % 64);
    uint64_t b = next_random() >> (next_random() % 64);
    int n = (int)(next_random() % 64);
    CHECK(forklab__muldi3(a, b) == a * b);
    CHECK(forklab__ashldi3(a, n) == a << n);
    CHECK(forklab__lshrdi3(a, n) == a >> n);
    CHECK(forklab__ashrdi3((int64_t)a, n) == ((int64_t)a >> n));
    if (a) CHECK(forklab__clzdi2(a) == __builtin_clzll(a));
    if ((uint32_t)a) CHECK(forklab__clzsi2((uint32_t)a) == __builtin_clz((uint32_t)a));
    if (b == 0) continue;
    CHECK(forklab__udivdi3(a, b) == a / b);
    CHECK(forklab__umoddi3(a, b) == a % b);
    int64_t sa = (int64_t)a * ((next_random() & 1) ? -1 : 1);
    int64_t sb = (int64_t)b * ((next_random() & 1) ? -1 : 1);
    if (sb == -1 && sa == INT64_MIN) continue;
    CHECK(forklab__divdi3(sa, sb) == sa / sb);
    CHECK(forklab__moddi3(sa, sb) == sa % sb);
  }
}
