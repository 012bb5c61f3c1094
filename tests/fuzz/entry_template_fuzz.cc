// The template parser and formatter: the first line is the template, the rest the
// text of an entry's fields. A template that parses formats any entry, with or
// without an order, in bounded space.

#include <string>

#include "fuzz_check.h"
#include "render/entry_template.h"
#include "util/text_wrap.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace lore;
  const std::string_view input = fuzz::as_text(data, size);
  const std::size_t newline = input.find('\n');
  const std::string_view text = input.substr(0, newline);
  const std::string_view rest = newline == std::string_view::npos ? "" : input.substr(newline + 1);
  const auto parsed = EntryTemplate::parse(text);
  if (!parsed) return 0;

  const std::vector<std::string_view> list{rest, rest};
  Entry entry;
  entry.kind = Kind::scene;
  entry.id = rest;
  entry.title = rest;
  entry.description = rest;
  entry.location = rest;
  entry.characters = list;
  entry.tags = list;
  // Each field prints at most kMaxWidth fill characters (4 bytes each) or its
  // escaped value (at most 6 bytes for each byte, lists twice over).
  const std::size_t per_field = kMaxWidth * 4 + rest.size() * 14 + 64;
  const std::size_t bound = text.size() * per_field + 64;
  FUZZ_CHECK(parsed->format(entry).size() <= bound);
  entry.order = static_cast<std::int64_t>(rest.size()) - 7;
  FUZZ_CHECK(parsed->format(entry).size() <= bound);
  entry.kind = Kind::trivia;
  entry.fact = rest;
  entry.order.reset();
  FUZZ_CHECK(parsed->format(entry).size() <= bound);
  return 0;
}
