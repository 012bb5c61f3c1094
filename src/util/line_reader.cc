#include "util/line_reader.h"

namespace lore {

std::optional<std::string> StreamLineReader::read_line() {
  std::string line;
  int c = 0;
  while ((c = std::fgetc(stream_)) != EOF && c != '\n') line += static_cast<char>(c);
  if (c == EOF && line.empty()) return std::nullopt;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

}  // namespace lore
