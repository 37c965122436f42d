// What a kernel operation returns: a value, or a positive errno (ABI_E*).
//
// System calls hand the errno back to the guest as -errno in a0 (SPEC §4.1);
// inside the kernel it travels as a value, never as an exception.
#pragma once

#include <utility>

namespace forklab::kernel {

struct Errno {
  int code;  // ABI_E*, positive
};

template <class T>
class [[nodiscard]] KResult {
 public:
  KResult(T value) : value_(std::move(value)) {}
  KResult(Errno e) : error_(e.code) {}

  bool ok() const { return error_ == 0; }
  int error() const { return error_; }
  T& value() { return value_; }
  const T& value() const { return value_; }
  T& operator*() { return value_; }
  const T& operator*() const { return value_; }
  T* operator->() { return &value_; }
  const T* operator->() const { return &value_; }

 private:
  T value_{};
  int error_ = 0;
};

template <>
class [[nodiscard]] KResult<void> {
 public:
  KResult() = default;
  KResult(Errno e) : error_(e.code) {}
  bool ok() const { return error_ == 0; }
  int error() const { return error_; }

 private:
  int error_ = 0;
};

}  // namespace forklab::kernel

// K_TRY(expr): on error return the errno from the enclosing function,
// otherwise yield the value.
#define K_TRY(expr)                                                      \
  ({                                                                     \
    auto k_try_result_ = (expr);                                         \
    if (!k_try_result_.ok()) return ::forklab::kernel::Errno{k_try_result_.error()}; \
    std::move(*k_try_result_);                                           \
  })

// K_CHECK(expr): propagate the errno of a KResult<void>.
#define K_CHECK(expr)                                                    \
  do {                                                                   \
    auto k_check_result_ = (expr);                                       \
    if (!k_check_result_.ok()) return ::forklab::kernel::Errno{k_check_result_.error()}; \
  } while (0)
