#include "core/filter.h"

#include <algorithm>

#include "util/text_fold.h"
#include "util/utf8.h"

namespace lore {

namespace {

/// Tags are names typed on the command line: case does not matter, as for speakers.
bool has_tag(const Entry& entry, std::string_view wanted) {
  return std::any_of(entry.tags.begin(), entry.tags.end(),
                     [&](std::string_view tag) { return equal_ignoring_case(tag, wanted); });
}

}  // namespace

bool Filter::matches(const Entry& entry) const {
  if (!kinds.empty() && std::find(kinds.begin(), kinds.end(), entry.kind) == kinds.end()) {
    return false;
  }
  if (entry.spoiler && !include_spoilers) return false;
  if (require_question && entry.question.empty()) return false;
  for (const std::string& tag : tags) {
    if (!has_tag(entry, tag)) return false;
  }
  for (const std::string& tag : excluded_tags) {
    if (has_tag(entry, tag)) return false;
  }
  if (!speaker.empty() && !equal_ignoring_case(entry.speaker, speaker)) return false;
  if (!category.empty() && !equal_ignoring_case(entry.category, category)) return false;
  if (length != LengthLimit::any) {
    const bool is_short = utf8::code_point_count(entry.body()) <= length_cutoff;
    if (is_short != (length == LengthLimit::short_only)) return false;
  }
  return true;
}

Selection::Part::Part(const Dataset& dataset, Kind kind, bool with_spoilers)
    : dataset_(&dataset),
      kind_(kind),
      with_spoilers_(with_spoilers),
      size_(dataset.store()->count(kind, with_spoilers)) {}

std::size_t Selection::Part::number(std::size_t i) const {
  if (!kind_) return numbers_[i];
  return dataset_->store()->nth_of_kind(*kind_, with_spoilers_, i);
}

const Entry& Selection::Part::entry(std::size_t i) const {
  return dataset_->entry(number(i));
}

void Selection::add(Part part) {
  if (part.size() == 0) return;
  starts_.push_back(size_);
  size_ += part.size();
  parts_.push_back(std::move(part));
}

const Entry& Selection::at(std::size_t i) const {
  const auto part = static_cast<std::size_t>(std::upper_bound(starts_.begin(), starts_.end(), i) -
                                             starts_.begin() - 1);
  return parts_[part].entry(i - starts_[part]);
}

std::vector<const Entry*> Selection::entries() const {
  std::vector<const Entry*> result;
  result.reserve(size_);
  for (const Part& part : parts_) {
    if (const EntryStore* store = part.dataset().store()) {
      // Every byte checked before any entry is used, so that damage is found before a
      // command prints; a whole dataset is read at once, a part entry by entry.
      if (part.size() == part.dataset().size()) {
        part.dataset().entries();
      } else {
        store->verify_all();
      }
    }
    for (std::size_t i = 0; i < part.size(); ++i) result.push_back(&part.entry(i));
  }
  return result;
}

namespace {

/// Whether `filter` asks only for kinds (and spoilers or not): a kind's table answers.
bool only_kinds(const Filter& filter) {
  return filter.tags.empty() && filter.excluded_tags.empty() && filter.speaker.empty() &&
         filter.category.empty() && filter.length == LengthLimit::any && !filter.require_question;
}

Selection::Part select_in(const Dataset& dataset, const Filter& filter) {
  if (const EntryStore* store = dataset.store()) {
    if (only_kinds(filter) && filter.kinds.size() == 1) {
      return {dataset, filter.kinds.front(), filter.include_spoilers};
    }
    return {dataset, store->select(filter)};
  }
  std::vector<std::uint32_t> numbers;
  const std::vector<Entry>& entries = dataset.entries();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (filter.matches(entries[i])) numbers.push_back(static_cast<std::uint32_t>(i));
  }
  return {dataset, std::move(numbers)};
}

}  // namespace

Selection select_entries(const Catalog& catalog, const Filter& filter) {
  Selection selection;
  for (const Dataset& dataset : catalog.datasets()) selection.add(select_in(dataset, filter));
  return selection;
}

}  // namespace lore
