// Errors are values: Result<T> holds either a T or an Error.
//
// Used across module boundaries instead of exceptions (see STYLE.md). The
// kernel has its own errno-carrying result for system calls; this one is for
// host-side work such as loading an ELF file or reading a lesson.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace forklab {

struct Error {
  std::string message;
};

inline Error make_error(std::string message) { return Error{std::move(message)}; }

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}
  Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  const Error& error() const { return std::get<1>(state_); }

  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Error> state_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)), ok_(false) {}

  bool ok() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const Error& error() const { return error_; }

 private:
  Error error_;
  bool ok_ = true;
};

using Status = Result<void>;

}  // namespace forklab

// FL_TRY(expr): evaluate a Result; on error return that error from the
// enclosing function, otherwise yield the value. (A statement expression:
// gcc and clang, the only compilers ForkLab builds with, both accept it.)
#define FL_TRY(expr)                                     \
  ({                                                     \
    auto fl_try_result_ = (expr);                        \
    if (!fl_try_result_.ok()) return fl_try_result_.error(); \
    std::move(fl_try_result_).value();                   \
  })

// FL_CHECK(status): propagate an error from a Result<void>.
#define FL_CHECK(expr)                                   \
  do {                                                   \
    auto fl_check_result_ = (expr);                      \
    if (!fl_check_result_.ok()) return fl_check_result_.error(); \
  } while (0)
