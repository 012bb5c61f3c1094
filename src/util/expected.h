#pragma once

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace lore {

/// The error half of an Expected, as std::unexpected is in C++23.
template <typename E>
struct Unexpected {
  E error;
};

/// Wraps an error so that it converts to any Expected<T, E>.
template <typename E>
Unexpected<std::decay_t<E>> unexpected(E&& error) {
  return {std::forward<E>(error)};
}

/// A value or the reason there is none: a small stand-in for C++23's std::expected,
/// used at the edges where I/O and parsing can fail.
template <typename T, typename E>
class [[nodiscard]] Expected {
 public:
  Expected(T value) : state_(std::in_place_index<0>, std::move(value)) {}  // NOLINT
  template <typename G>
  Expected(Unexpected<G> error)
      : state_(std::in_place_index<1>, std::move(error.error)) {}  // NOLINT

  bool has_value() const { return state_.index() == 0; }
  explicit operator bool() const { return has_value(); }

  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  E& error() & { return std::get<1>(state_); }
  const E& error() const& { return std::get<1>(state_); }
  E&& error() && { return std::get<1>(std::move(state_)); }

 private:
  std::variant<T, E> state_;
};

/// Success with no value, or an error.
template <typename E>
class [[nodiscard]] Expected<void, E> {
 public:
  Expected() = default;
  template <typename G>
  Expected(Unexpected<G> error) : error_(std::move(error.error)) {}  // NOLINT

  bool has_value() const { return !error_.has_value(); }
  explicit operator bool() const { return has_value(); }

  E& error() & { return *error_; }
  const E& error() const& { return *error_; }
  E&& error() && { return *std::move(error_); }

 private:
  std::optional<E> error_;
};

}  // namespace lore

/// Returns the error of `expression` (an Expected) from the enclosing function, which
/// returns an Expected of the same error type; goes on when it holds a value. As
/// ccache's TRY: `auto loaded = open(...); LORE_TRY(loaded);` then use `*loaded`.
#define LORE_TRY(expression)                                                               \
  do {                                                                                     \
    auto&& lore_try_result_ = (expression);                                                \
    if (!lore_try_result_) return ::lore::unexpected(std::move(lore_try_result_.error())); \
  } while (false)
