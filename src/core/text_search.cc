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
  std::shared_ptr<const RE2> whole;
  const bool anchored_to_text = pattern.find("\\A") != std::string_view::npos ||
                                pattern.find("\\z") != std::string_view::npos ||
                                pattern.find("-m") != std::string_view::npos;
  if (!anchored_to_text) {
    const std::string multi_line = "(?m)" + std::string(pattern);
    whole = std::make_shared<const RE2>(multi_line, options);
    if (!whole->ok()) whole.reset();
  }
  return TextSearch(std::move(regex), std::move(whole));
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

namespace lore {

namespace {

/// Whether the part holds the dataset's entry `number` (its numbers ascend).
bool part_holds(const Selection::Part& part, std::size_t number) {
  std::size_t low = 0;
  std::size_t high = part.size();
  while (low < high) {
    const std::size_t middle = low + (high - low) / 2;
    if (part.number(middle) < number) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low < part.size() && part.number(low) == number;
}

void scan_store(const Selection::Part& part, const TextSearch& search,
                std::vector<const Entry*>& matches) {
  const SearchText& searchable = part.dataset().store()->search_text();
  const std::string_view text = searchable.text();
  const re2::StringPiece input(text.data(), text.size());
  const RE2& whole = *search.whole_text();
  std::size_t from = 0;
  re2::StringPiece found;
  while (from < text.size() && whole.Match(input, from, text.size(), RE2::UNANCHORED, &found, 1)) {
    const auto at = static_cast<std::size_t>(found.data() - text.data());
    const SearchText::Owner owner = searchable.owner_of(at);
    if (part_holds(part, owner.entry)) {
      const Entry& entry = part.dataset().entry(owner.entry);
      if (search.matches(entry)) matches.push_back(&entry);
    }
    if (owner.next_start <= from) break;  // a damaged table must not loop
    from = owner.next_start;
  }
}

}  // namespace

std::vector<const Entry*> search_entries(const Selection& candidates, const TextSearch& search) {
  std::vector<const Entry*> matches;
  for (const Selection::Part& part : candidates.parts()) {
    if (part.dataset().store() != nullptr && search.whole_text() != nullptr) {
      scan_store(part, search, matches);
      continue;
    }
    for (std::size_t i = 0; i < part.size(); ++i) {
      const Entry& entry = part.entry(i);
      if (search.matches(entry)) matches.push_back(&entry);
    }
  }
  return matches;
}

}  // namespace lore
