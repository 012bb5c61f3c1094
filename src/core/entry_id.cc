#include "core/entry_id.h"

#include <algorithm>

#include <fmt/format.h>

#include "util/text_fold.h"

namespace lore {

namespace {

/// `word` with only its ASCII lowercase letters and digits.
std::string ascii_word(std::string_view word) {
  std::string out;
  for (const char c : word) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
  }
  return out;
}

}  // namespace

std::string kebab_words(std::string_view text, std::size_t max_words, std::size_t max_length) {
  const std::string folded = fold_for_matching(text);
  std::string out;
  std::size_t count = 0;
  for (std::size_t start = 0; start < folded.size() && count < max_words;) {
    const std::size_t space = std::min(folded.find(' ', start), folded.size());
    const std::string word = ascii_word(std::string_view(folded).substr(start, space - start));
    start = space + 1;
    if (word.empty()) continue;
    if (!out.empty() && out.size() + 1 + word.size() > max_length) break;
    if (!out.empty()) out += '-';
    out += word.substr(0, max_length);
    ++count;
  }
  return out;
}

std::string unique_id(const std::string& base, const std::vector<std::string_view>& taken) {
  auto is_taken = [&](std::string_view id) {
    return std::find(taken.begin(), taken.end(), id) != taken.end();
  };
  if (!is_taken(base)) return base;
  for (std::size_t suffix = 2;; ++suffix) {
    std::string candidate = fmt::format("{}-{}", base, suffix);
    if (!is_taken(candidate)) return candidate;
  }
}

}  // namespace lore
