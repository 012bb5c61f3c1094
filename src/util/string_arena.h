#pragma once

#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace lore {

/// Owns strings and hands out views of them that stay valid for the arena's life,
/// even when the arena itself is moved. Strings are packed into large blocks, so a
/// million short strings cost their bytes, not a million allocations.
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
    if (text.size() > free_) {
      const std::size_t size = text.size() > kBlockSize / 4 ? text.size() : kBlockSize;
      if (text.size() > kBlockSize / 4) {
        // A long string gets a block of its own; the current block stays in use.
        blocks_.push_back(std::make_unique_for_overwrite<char[]>(size));
        std::memcpy(blocks_.back().get(), text.data(), text.size());
        return {blocks_.back().get(), text.size()};
      }
      blocks_.push_back(std::make_unique_for_overwrite<char[]>(size));
      next_ = blocks_.back().get();
      free_ = size;
    }
    std::memcpy(next_, text.data(), text.size());
    const std::string_view stored(next_, text.size());
    next_ += text.size();
    free_ -= text.size();
    return stored;
  }

 private:
  static constexpr std::size_t kBlockSize = std::size_t{1} << 16;
  std::vector<std::unique_ptr<char[]>> blocks_;  // never moved: views point into them
  char* next_ = nullptr;
  std::size_t free_ = 0;
};

}  // namespace lore
