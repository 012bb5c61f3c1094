#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace lore {

/// The most columns lore wraps or pads to: the limit of --width, and of a width or
/// precision in a --template (formatting allocates it).
inline constexpr std::size_t kMaxWidth = 100000;

/// A line of wrapped text, as byte offsets into the text it came from.
struct LineRange {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool operator==(const LineRange&) const = default;
};

/// Breaks `text` into lines of at most `width` terminal columns (0: no limit).
/// Lines break at spaces where they can and between grapheme clusters where a word
/// is wider than the line, so no UTF-8 sequence or grapheme is ever split. A newline
/// in the text always ends a line; spaces at a break are dropped.
std::vector<LineRange> wrap_text(std::string_view text, std::size_t width);

}  // namespace lore
