#include "core/filter.h"

#include <algorithm>

#include "util/utf8.h"

namespace lore {

namespace {

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                            [&](char x, char y) { return lower(x) == lower(y); });
}

}  // namespace

bool Filter::matches(const Entry& entry) const {
  if (!kinds.empty() && std::find(kinds.begin(), kinds.end(), entry.kind) == kinds.end()) {
    return false;
  }
  if (entry.spoiler && !include_spoilers) return false;
  if (require_question && entry.question.empty()) return false;
  for (const std::string& tag : tags) {
    if (!entry.has_tag(tag)) return false;
  }
  for (const std::string& tag : excluded_tags) {
    if (entry.has_tag(tag)) return false;
  }
  if (!speaker.empty() && !equal_ignoring_case(entry.speaker, speaker)) return false;
  if (!category.empty() && !equal_ignoring_case(entry.category, category)) return false;
  if (length != LengthLimit::any) {
    const bool is_short = utf8::code_point_count(entry.body()) <= length_cutoff;
    if (is_short != (length == LengthLimit::short_only)) return false;
  }
  return true;
}

std::vector<const Entry*> select_entries(const Catalog& catalog, const Filter& filter) {
  std::vector<const Entry*> result;
  for (const Entry* entry : catalog.entries()) {
    if (filter.matches(*entry)) result.push_back(entry);
  }
  return result;
}

}  // namespace lore
