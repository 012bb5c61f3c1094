// The template parser and formatter: the first line is the template, the rest the
// text of an entry's fields. A template that parses, for every kind or for one,
// formats any entry of those kinds, with or without an order, in bounded space.

#include <array>
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

  const std::vector<std::string_view> list{rest, rest};
  Entry entry;
  entry.id = rest;
  entry.text = rest;
  entry.speaker = rest;
  entry.fact = rest;
  entry.title = rest;
  entry.description = rest;
  entry.location = rest;
  entry.characters = list;
  entry.tags = list;
  // Each field prints at most kMaxWidth fill characters (4 bytes each), its escaped
  // value (at most 6 bytes for each byte, lists and summaries twice over), or its
  // default, which is part of the template.
  const std::size_t per_field = kMaxWidth * 4 + rest.size() * 14 + text.size() + 64;
  const std::size_t bound = text.size() * per_field + 64;
  auto check = [&](Kind kind, const EntryTemplate& parsed) {
    entry.kind = kind;
    entry.order.reset();
    FUZZ_CHECK(parsed.format(entry).size() <= bound);
    entry.order = static_cast<std::int64_t>(rest.size()) - 7;
    FUZZ_CHECK(parsed.format(entry).size() <= bound);
  };
  // For every kind at once: only fields they all have, or fields with defaults.
  if (const auto parsed = EntryTemplate::parse(text)) {
    for (const Kind kind : kAllKinds) check(kind, *parsed);
  }
  // For each kind alone, as `lore quote --template` parses it.
  for (const Kind kind : kAllKinds) {
    const std::array kinds{kind};
    if (const auto parsed = EntryTemplate::parse(text, kinds)) check(kind, *parsed);
  }
  return 0;
}
