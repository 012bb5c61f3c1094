#include "util/edit_distance.h"

#include <algorithm>
#include <numeric>

#include "util/utf8.h"

namespace lore {

namespace {

std::u32string decode_all(std::string_view text) {
  std::u32string result;
  for (std::size_t pos = 0, length = 0; pos < text.size(); pos += length) {
    result.push_back(utf8::decode(text, pos, length));
  }
  return result;
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  const std::u32string left = decode_all(a);
  const std::u32string right = decode_all(b);
  // Three rows of the table: row i, and the two before it for a swap.
  std::vector<std::size_t> before(right.size() + 1);
  std::vector<std::size_t> previous(right.size() + 1);
  std::vector<std::size_t> row(right.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= left.size(); ++i) {
    before.swap(previous);
    previous.swap(row);
    row[0] = i;
    for (std::size_t j = 1; j <= right.size(); ++j) {
      const std::size_t substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1);
      row[j] = std::min({previous[j] + 1, row[j - 1] + 1, substitution});
      if (i > 1 && j > 1 && left[i - 1] == right[j - 2] && left[i - 2] == right[j - 1]) {
        row[j] = std::min(row[j], before[j - 2] + 1);  // two neighbours swapped
      }
    }
  }
  return row[right.size()];
}

std::vector<std::string> nearest_words(std::string_view word,
                                       const std::vector<std::string_view>& candidates,
                                       std::size_t limit) {
  // A third of the word's length, at least 2, is as far as a typo plausibly goes.
  const std::size_t threshold = std::max<std::size_t>(2, utf8::code_point_count(word) / 3);
  std::vector<std::pair<std::size_t, std::string_view>> scored;
  for (std::string_view candidate : candidates) {
    const std::size_t distance = edit_distance(word, candidate);
    const bool contains = !word.empty() && candidate.find(word) != std::string_view::npos;
    if (distance <= threshold || contains) scored.emplace_back(distance, candidate);
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& x, const auto& y) { return x.first < y.first; });
  std::vector<std::string> result;
  for (const auto& [distance, candidate] : scored) {
    if (result.size() == limit) break;
    if (std::find(result.begin(), result.end(), candidate) == result.end()) {
      result.emplace_back(candidate);
    }
  }
  return result;
}

}  // namespace lore
