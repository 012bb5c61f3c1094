#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace lore {

/// The most columns lore wraps or pads to: the limit of --width, and of a width or
/// precision in a --template (formatting allocates it).
inline constexpr std::size_t kMaxWidth = 100000;

/// A tab moves to the next multiple of this column, as on a terminal.
inline constexpr std::size_t kTabStop = 8;

/// A line of wrapped text, as byte offsets into the text it came from: the hanging
/// indent text[indent_begin, indent_end) (empty but on the continued lines of an
/// indented line), then text[begin, end).
struct LineRange {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t indent_begin = 0;
  std::size_t indent_end = 0;
  bool operator==(const LineRange&) const = default;
};

/// The column a terminal reaches after printing `text` from column `start`: each
/// grapheme cluster at its width, a tab to the next tab stop.
std::size_t columns_after(std::string_view text, std::size_t start = 0);

/// Breaks `text` into lines of at most `width` terminal columns (0: no limit). A
/// newline in the text always ends a line. A line that fits is kept whole, its
/// leading and inner whitespace included, so poems and ASCII art keep their shape.
/// A line wider than `width` breaks at spaces and tabs where it can (the whitespace
/// at a break is dropped) and between grapheme clusters where a word is wider than
/// the line, so no UTF-8 sequence or grapheme is ever split; its continued lines get
/// a hanging indent equal to its own leading whitespace, unless that leaves no room
/// for its longest word (or, when that word is cut anyway, for half the line): then
/// the line is wrapped without it, rather than every word cut.
std::vector<LineRange> wrap_text(std::string_view text, std::size_t width);

}  // namespace lore
