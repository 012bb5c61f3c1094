#include "core/text_search.h"

#include <re2/re2.h>

#include <variant>

#include "core/schema.h"
#include "util/utf8.h"

namespace lore {

Expected<TextSearch, std::string> TextSearch::compile(std::string_view pattern, bool ignore_case) {
  RE2::Options options;
  options.set_case_sensitive(!ignore_case);
  options.set_log_errors(false);
  auto regex =
      std::make_shared<const RE2>(re2::StringPiece(pattern.data(), pattern.size()), options);
  if (!regex->ok()) return unexpected(regex->error());
  return TextSearch(std::move(regex));
}

bool TextSearch::matches_text(std::string_view text) const {
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *regex_);
}

bool TextSearch::matches(const Entry& entry) const {
  for (const FieldSpec& field : fields_of(entry.kind)) {
    if (!field.searchable) continue;
    const FieldValue value = value_of(entry, field);
    if (const auto* text = std::get_if<std::string_view>(&value)) {
      if (matches_text(*text)) return true;
    } else if (const auto* list = std::get_if<const std::vector<std::string_view>*>(&value)) {
      for (std::string_view item : **list) {
        if (matches_text(item)) return true;
      }
    }
  }
  return false;
}

std::vector<TextSpan> TextSearch::find_all(std::string_view text) const {
  std::vector<TextSpan> spans;
  const re2::StringPiece input(text.data(), text.size());
  std::size_t pos = 0;
  re2::StringPiece match;
  while (pos <= text.size() && regex_->Match(input, pos, text.size(), RE2::UNANCHORED, &match, 1)) {
    const auto begin = static_cast<std::size_t>(match.data() - text.data());
    const std::size_t end = begin + match.size();
    if (end > begin) {
      spans.push_back({begin, end});
      pos = end;
    } else {
      // An empty match: step over one code point so the search moves on.
      if (begin >= text.size()) break;
      std::size_t length = 0;
      utf8::decode(text, begin, length);
      pos = begin + length;
    }
  }
  return spans;
}

}  // namespace lore
