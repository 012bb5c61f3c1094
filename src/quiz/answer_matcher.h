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

/// An answer in the form answers are compared in: folded for matching (see
/// fold_for_matching) and without a leading English article ("the", "a", "an").
std::string canonical_answer(std::string_view text);

/// judge_answer for answers already in canonical_answer form: right when equal, a near
/// miss within allowed_typos of `expected` (the digits the same), else wrong; skipped
/// when `typed` is empty. Cheap when the lengths are far apart.
Verdict judge_canonical(std::string_view typed, std::string_view expected);

/// True when the verdict counts as right.
inline bool counts_as_right(Verdict verdict) {
  return verdict == Verdict::right || verdict == Verdict::near_miss;
}

}  // namespace lore
