#include "util/text_escape.h"

#include <fmt/format.h>

#include "util/utf8.h"

namespace lore {

namespace {

void append_escaped_control(std::string& out, char32_t code_point) {
  if (code_point < 0x80) {
    out += fmt::format("\\x{:02x}", static_cast<unsigned>(code_point));
  } else {
    out += fmt::format("\\u{:04x}", static_cast<unsigned>(code_point));
  }
}

}  // namespace

std::string escape_controls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0, length = 0; pos < text.size(); pos += length) {
    const char32_t code_point = utf8::decode(text, pos, length);
    if (utf8::is_unsafe_control(code_point)) {
      append_escaped_control(out, code_point);
    } else {
      out.append(text.substr(pos, length));
    }
  }
  return out;
}

std::string escape_tsv_field(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0, length = 0; pos < text.size(); pos += length) {
    const char32_t code_point = utf8::decode(text, pos, length);
    switch (code_point) {
      case U'\\': out += "\\\\"; break;
      case U'\t': out += "\\t"; break;
      case U'\n': out += "\\n"; break;
      case U'\r': out += "\\r"; break;
      default:
        if (utf8::is_unsafe_control(code_point)) {
          append_escaped_control(out, code_point);
        } else {
          out.append(text.substr(pos, length));
        }
    }
  }
  return out;
}

}  // namespace lore
