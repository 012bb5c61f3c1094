#pragma once

#include <deque>
#include <string>
#include <string_view>

namespace lore {

/// Owns strings and hands out views of them that stay valid for the arena's life,
/// even when the arena itself is moved: std::deque never relocates its elements.
class StringArena {
 public:
  StringArena() = default;
  StringArena(const StringArena&) = delete;
  StringArena& operator=(const StringArena&) = delete;
  StringArena(StringArena&&) noexcept = default;
  StringArena& operator=(StringArena&&) noexcept = default;
  ~StringArena() = default;

  /// Stores a copy of `text` and returns a view of the copy.
  std::string_view store(std::string_view text) {
    if (text.empty()) return {};
    return strings_.emplace_back(text);
  }

 private:
  std::deque<std::string> strings_;
};

}  // namespace lore
