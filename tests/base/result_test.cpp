#include "base/result.h"

#include <doctest/doctest.h>

#include <memory>

using namespace forklab;

namespace {

Result<int> parse_digit(char c) {
  if (c < '0' || c > '9') return make_error(std::string("not a digit: ") + c);
  return c - '0';
}

Result<int> sum_digits(char a, char b) {
  int x = FL_TRY(parse_digit(a));
  int y = FL_TRY(parse_digit(b));
  return x + y;
}

Status require_even(int n) {
  if (n % 2) return make_error("odd");
  return {};
}

Status check_sum_even(char a, char b) {
  int s = FL_TRY(sum_digits(a, b));
  FL_CHECK(require_even(s));
  return {};
}

}  // namespace

TEST_CASE("Result holds a value or an error") {
  Result<int> good = parse_digit('7');
  REQUIRE(good.ok());
  CHECK(*good == 7);

  Result<int> bad = parse_digit('x');
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message == "not a digit: x");
}

TEST_CASE("FL_TRY propagates the first error and yields values otherwise") {
  CHECK(*sum_digits('2', '3') == 5);
  Result<int> r = sum_digits('2', '?');
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message == "not a digit: ?");
}

TEST_CASE("Status and FL_CHECK") {
  CHECK(check_sum_even('1', '3').ok());
  Status odd = check_sum_even('1', '2');
  REQUIRE_FALSE(odd.ok());
  CHECK(odd.error().message == "odd");
}

TEST_CASE("Result moves values out without copying") {
  Result<std::unique_ptr<int>> r(std::make_unique<int>(42));
  std::unique_ptr<int> p = std::move(r).value();
  REQUIRE(p);
  CHECK(*p == 42);
}
