#include "quiz/answer_matcher.h"

#include <algorithm>
#include <array>

#include "util/edit_distance.h"
#include "util/text_fold.h"
#include "util/utf8.h"

namespace lore {

namespace {

/// The folded text without a leading English article.
std::string canonical(std::string_view text) {
  std::string folded = fold_for_matching(text);
  for (const std::string_view article : std::array<std::string_view, 3>{"the ", "a ", "an "}) {
    if (folded.size() > article.size() && folded.starts_with(article)) {
      return folded.substr(article.size());
    }
  }
  return folded;
}

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

std::size_t allowed_typos(std::string_view folded_answer) {
  if (is_number(folded_answer)) return 0;
  const std::size_t length = utf8::code_point_count(folded_answer);
  if (length <= 3) return 0;
  return std::min<std::size_t>(3, 1 + (length - 4) / 7);
}

Verdict judge_answer(std::string_view given, std::string_view answer,
                     const std::vector<std::string>& accept) {
  const std::string typed = canonical(given);
  if (typed.empty()) return Verdict::skipped;
  std::vector<std::string> expected{canonical(answer)};
  for (const std::string& other : accept) expected.push_back(canonical(other));
  if (std::find(expected.begin(), expected.end(), typed) != expected.end()) return Verdict::right;
  for (const std::string& candidate : expected) {
    const std::size_t typos = allowed_typos(candidate);
    if (typos > 0 && edit_distance(typed, candidate) <= typos &&
        numbers_in(typed) == numbers_in(candidate)) {
      return Verdict::near_miss;
    }
  }
  return Verdict::wrong;
}

}  // namespace lore
