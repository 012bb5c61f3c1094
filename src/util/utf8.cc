#include "util/utf8.h"

#include <utf8proc.h>

#include <algorithm>

namespace lore::utf8 {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

}  // namespace

char32_t decode(std::string_view text, std::size_t pos, std::size_t& length) {
  utf8proc_int32_t code_point = 0;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos);
  const utf8proc_ssize_t result =
      utf8proc_iterate(bytes, static_cast<utf8proc_ssize_t>(text.size() - pos), &code_point);
  if (result <= 0) {
    length = 1;
    return kReplacement;
  }
  length = static_cast<std::size_t>(result);
  return static_cast<char32_t>(code_point);
}

bool is_valid(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    utf8proc_int32_t code_point = 0;
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos);
    const utf8proc_ssize_t result =
        utf8proc_iterate(bytes, static_cast<utf8proc_ssize_t>(text.size() - pos), &code_point);
    if (result <= 0) return false;
    pos += static_cast<std::size_t>(result);
  }
  return true;
}

std::size_t code_point_count(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t pos = 0, length = 0; pos < text.size(); pos += length) {
    // ASCII, most of any text, needs no decoding: a million entries are counted when
    // their index is built.
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      length = 1;
    } else {
      decode(text, pos, length);
    }
    ++count;
  }
  return count;
}

std::size_t next_grapheme(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return text.size();
  std::size_t length = 0;
  char32_t previous = decode(text, pos, length);
  pos += length;
  utf8proc_int32_t state = 0;
  while (pos < text.size()) {
    const char32_t current = decode(text, pos, length);
    if (utf8proc_grapheme_break_stateful(static_cast<utf8proc_int32_t>(previous),
                                         static_cast<utf8proc_int32_t>(current), &state)) {
      break;
    }
    previous = current;
    pos += length;
  }
  return pos;
}

int grapheme_width(std::string_view cluster) {
  int width = 0;
  for (std::size_t pos = 0, length = 0; pos < cluster.size(); pos += length) {
    const char32_t code_point = decode(cluster, pos, length);
    // Variation selector 16 asks for the emoji (wide) presentation.
    if (code_point == 0xFE0F) width = std::max(width, 2);
    if (width == 0) width = utf8proc_charwidth(static_cast<utf8proc_int32_t>(code_point));
  }
  return width;
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t end = next_grapheme(text, pos);
    width += static_cast<std::size_t>(grapheme_width(text.substr(pos, end - pos)));
    pos = end;
  }
  return width;
}

std::string_view prefix_fitting(std::string_view text, std::size_t width) {
  std::size_t used = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t end = next_grapheme(text, pos);
    const auto cluster_width =
        static_cast<std::size_t>(grapheme_width(text.substr(pos, end - pos)));
    if (used + cluster_width > width) break;
    used += cluster_width;
    pos = end;
  }
  return text.substr(0, pos);
}

bool is_bidi_control(char32_t code_point) {
  return (code_point >= 0x202A && code_point <= 0x202E) ||
         (code_point >= 0x2066 && code_point <= 0x2069) || code_point == 0x200E ||
         code_point == 0x200F || code_point == 0x061C;
}

bool is_unsafe_control(char32_t code_point) {
  if (code_point == U'\n' || code_point == U'\t') return false;
  return code_point < 0x20 || code_point == 0x7F || (code_point >= 0x80 && code_point < 0xA0) ||
         is_bidi_control(code_point);
}

}  // namespace lore::utf8
