#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/entry.h"
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

 private:
  explicit TextSearch(std::shared_ptr<const re2::RE2> regex) : regex_(std::move(regex)) {}
  bool matches_text(std::string_view text) const;

  std::shared_ptr<const re2::RE2> regex_;
};

}  // namespace lore
