// Text wrapping and escaping: the first byte is the width. Lines never cut a UTF-8
// sequence, fit the width with their hanging indent unless one grapheme is wider, and
// escaped text holds no control a terminal would act on.

#include <string>

#include "fuzz_check.h"
#include "util/text_escape.h"
#include "util/text_wrap.h"
#include "util/utf8.h"

namespace {

void check_escaped(std::string_view escaped, bool valid_input) {
  using namespace lore;
  if (valid_input) FUZZ_CHECK(utf8::is_valid(escaped));
  for (std::size_t pos = 0, length = 0; pos < escaped.size(); pos += length) {
    const char32_t code_point = utf8::decode(escaped, pos, length);
    FUZZ_CHECK(!utf8::is_unsafe_control(code_point));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace lore;
  if (size == 0) return 0;
  const std::size_t width = data[0] % 64;
  const std::string_view text = fuzz::as_text(data + 1, size - 1);
  const bool valid = utf8::is_valid(text);

  std::size_t previous_end = 0;
  for (const LineRange& line : wrap_text(text, width)) {
    FUZZ_CHECK(line.begin <= line.end && line.end <= text.size());
    FUZZ_CHECK(line.begin >= previous_end);
    FUZZ_CHECK(line.indent_begin <= line.indent_end && line.indent_end <= line.begin);
    previous_end = line.end;
    const std::string_view piece = text.substr(line.begin, line.end - line.begin);
    const std::string_view indent =
        text.substr(line.indent_begin, line.indent_end - line.indent_begin);
    FUZZ_CHECK(indent.find_first_not_of(" \t") == std::string_view::npos);
    if (valid) FUZZ_CHECK(utf8::is_valid(piece));
    const bool one_grapheme = piece.empty() || utf8::next_grapheme(piece, 0) == piece.size();
    if (width != 0 && !one_grapheme) {
      FUZZ_CHECK(columns_after(piece, columns_after(indent)) <= width);
    }
  }

  const std::string escaped = escape_controls(text);
  check_escaped(escaped, valid);
  const std::string field = escape_tsv_field(text);
  check_escaped(field, valid);
  FUZZ_CHECK(field.find_first_of("\t\n\r") == std::string::npos);
  return 0;
}
