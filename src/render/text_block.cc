#include "render/text_block.h"

#include <algorithm>
#include <vector>

#include "core/text_search.h"
#include "util/text_escape.h"
#include "util/text_wrap.h"

namespace lore {

namespace {

/// Writes text[begin, end) with the base style and the highlighted spans inside it.
void append_styled(std::string& out, std::string_view text, LineRange line,
                   const std::vector<TextSpan>& matches, const BlockLayout& layout) {
  const std::string_view base = style_start(layout.style);
  out += base;
  std::size_t pos = line.begin;
  for (const TextSpan& match : matches) {
    const std::size_t begin = std::max(match.begin, line.begin);
    const std::size_t end = std::min(match.end, line.end);
    if (begin >= end) continue;
    out.append(text.substr(pos, begin - pos));
    out += style_start(Style::match);
    out.append(text.substr(begin, end - begin));
    out += kStyleReset;
    out += base;
    pos = end;
  }
  out.append(text.substr(pos, line.end - pos));
  // Each match already ends in a reset; only a base style is still open here.
  if (!base.empty()) out += kStyleReset;
}

}  // namespace

void append_block(std::string& out, std::string_view text, const BlockLayout& layout) {
  // A text that ends in a newline (a TOML multi-line string) has no blank last line.
  while (text.ends_with('\n')) text.remove_suffix(1);
  const std::string safe = escape_controls(text);
  std::vector<TextSpan> matches;
  if (layout.color && layout.highlight != nullptr) matches = layout.highlight->find_all(safe);
  const std::size_t width =
      layout.width == 0
          ? 0
          : std::max<std::size_t>(1, layout.width - std::min(layout.width - 1, layout.indent));
  for (const LineRange& line : wrap_text(safe, width)) {
    out.append(layout.indent, ' ');
    out.append(
        std::string_view(safe).substr(line.indent_begin, line.indent_end - line.indent_begin));
    if (layout.color) {
      append_styled(out, safe, line, matches, layout);
    } else {
      out.append(std::string_view(safe).substr(line.begin, line.end - line.begin));
    }
    out += '\n';
  }
}

}  // namespace lore
