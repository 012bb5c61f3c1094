#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/entry.h"
#include "core/filter.h"
#include "util/expected.h"

namespace re2 {
class RE2;
}

namespace lore {

/// A byte range [begin, end) in some text.
struct TextSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool operator==(const TextSpan&) const = default;
};

/// A compiled search pattern (RE2 syntax: linear time, whatever the input).
class TextSearch {
 public:
  /// Compiles `pattern`; the error is RE2's own description.
  static Expected<TextSearch, std::string> compile(std::string_view pattern, bool ignore_case);

  /// True when any of the entry's searchable fields (see schema.h) matches.
  bool matches(const Entry& entry) const;

  /// Every non-overlapping, non-empty match in `text`, in order.
  std::vector<TextSpan> find_all(std::string_view text) const;

  /// The pattern with ^ and $ at every line's ends, for a scan of many fields in one
  /// text, each ending in a newline: wherever the pattern matches a field, this matches
  /// the text there. Null for a pattern anchored to the ends of a text (\A, \z) or that
  /// turns multi-line off, which only a field at a time can answer.
  const re2::RE2* whole_text() const { return whole_.get(); }

 private:
  TextSearch(std::shared_ptr<const re2::RE2> regex, std::shared_ptr<const re2::RE2> whole)
      : regex_(std::move(regex)), whole_(std::move(whole)) {}
  bool matches_text(std::string_view text) const;

  std::shared_ptr<const re2::RE2> regex_;
  std::shared_ptr<const re2::RE2> whole_;
};

/// The entries of `candidates` that `search` matches, in order. The text of a stored
/// dataset is scanned in one run (SearchText), and only the entries that hold a match
/// are read and checked field by field, so that no match costs about a scan of the text.
std::vector<const Entry*> search_entries(const Selection& candidates, const TextSearch& search);

}  // namespace lore
