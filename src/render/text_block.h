#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "render/style.h"

namespace lore {

class TextSearch;

/// How a block of dataset text is laid out on screen.
struct BlockLayout {
  std::size_t width = 0;   ///< Total columns; 0: no wrapping.
  std::size_t indent = 0;  ///< Spaces before every line.
  Style style = Style::plain;
  bool color = false;
  const TextSearch* highlight = nullptr;  ///< Matches shown in Style::match.
};

/// Appends `text` to `out` as lines ending in '\n': controls escaped, wrapped to the
/// width by display width (an escaped control at the width of its escape; lines that
/// fit kept whole, longer ones hanging at their own indentation; see wrap_text), styled and with
/// matches highlighted when colour is on. Styles are closed at each line end, so a cut-off line
/// never leaks colour.
void append_block(std::string& out, std::string_view text, const BlockLayout& layout);

}  // namespace lore
