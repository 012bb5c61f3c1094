#include "quiz/answer_matcher.h"

#include <algorithm>
#include <array>

#include "util/edit_distance.h"
#include "util/text_fold.h"
#include "util/utf8.h"

namespace lore {

namespace {

bool is_number(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(),
                                      [](char c) { return (c >= '0' && c <= '9') || c == ' '; });
}

/// The runs of digits in `text`: a typo may touch words, never a number.
std::vector<std::string> numbers_in(std::string_view text) {
  std::vector<std::string> numbers;
  std::string current;
  for (const char c : text) {
    if (c >= '0' && c <= '9') {
      current += c;
    } else if (!current.empty()) {
      numbers.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) numbers.push_back(std::move(current));
  return numbers;
}

}  // namespace

std::string canonical_answer(std::string_view text) {
  std::string folded = fold_for_matching(text);
  for (const std::string_view article : std::array<std::string_view, 3>{"the ", "a ", "an "}) {
    if (folded.size() > article.size() && folded.starts_with(article)) {
      return folded.substr(article.size());
    }
  }
  return folded;
}

Verdict judge_canonical(std::string_view typed, std::string_view expected) {
  if (typed.empty()) return Verdict::skipped;
  if (typed == expected) return Verdict::right;
  const std::size_t typos = allowed_typos(expected);
  if (typos == 0) return Verdict::wrong;
  const std::size_t a = utf8::code_point_count(typed);
  const std::size_t b = utf8::code_point_count(expected);
  if ((a > b ? a - b : b - a) > typos) return Verdict::wrong;  // no edit distance can be
  if (edit_distance(typed, expected) <= typos && numbers_in(typed) == numbers_in(expected)) {
    return Verdict::near_miss;
  }
  return Verdict::wrong;
}

std::size_t allowed_typos(std::string_view folded_answer) {
  if (is_number(folded_answer)) return 0;
  const std::size_t length = utf8::code_point_count(folded_answer);
  if (length <= 3) return 0;
  return std::min<std::size_t>(3, 1 + (length - 4) / 7);
}

Verdict judge_answer(std::string_view given, std::string_view answer,
                     const std::vector<std::string>& accept) {
  const std::string typed = canonical_answer(given);
  if (typed.empty()) return Verdict::skipped;
  std::vector<std::string> expected{canonical_answer(answer)};
  for (const std::string& other : accept) expected.push_back(canonical_answer(other));
  if (std::find(expected.begin(), expected.end(), typed) != expected.end()) return Verdict::right;
  for (const std::string& candidate : expected) {
    if (judge_canonical(typed, candidate) == Verdict::near_miss) return Verdict::near_miss;
  }
  return Verdict::wrong;
}

}  // namespace lore
