#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lore {

enum class Verdict {
  right,      ///< As written, give or take case, accents, punctuation and articles.
  near_miss,  ///< Right with a small typo: counts, and the exact spelling is shown.
  wrong,
  skipped,  ///< An empty answer.
};

/// How many typos an answer of `folded_length` characters forgives: none for numbers
/// and answers of up to 3 characters, then one per 7 characters or so, at most 3.
/// (judge_answer also never forgives a typo in the digits of a longer answer.)
std::size_t allowed_typos(std::string_view folded_answer);

/// Judges a free answer against the right answer and its alternatives, as a person
/// would: case, accents, punctuation, surrounding spaces and a leading article do not
/// matter, and a small typo counts (see allowed_typos).
Verdict judge_answer(std::string_view given, std::string_view answer,
                     const std::vector<std::string>& accept);

/// True when the verdict counts as right.
inline bool counts_as_right(Verdict verdict) {
  return verdict == Verdict::right || verdict == Verdict::near_miss;
}

}  // namespace lore
