#include "support/lines.h"

namespace lore::test {

Lines lines_of(std::string_view text, char separator) {
  Lines lines;
  while (!text.empty()) {
    const std::size_t end = text.find(separator);
    lines.emplace_back(text.substr(0, end));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return lines;
}

}  // namespace lore::test
