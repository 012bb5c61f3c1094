#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lore {

/// The edit distance between `a` and `b`, counted in code points: insertions,
/// deletions, substitutions, and swaps of two neighbours (the commonest typo, so
/// "widht" is one edit from "width"), each one edit (optimal string alignment).
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidates nearest to `word` by edit distance, best first, at most `limit` of
/// them, and only those close enough to be a plausible typo (or that contain `word`).
std::vector<std::string> nearest_words(std::string_view word,
                                       const std::vector<std::string_view>& candidates,
                                       std::size_t limit = 3);

}  // namespace lore
