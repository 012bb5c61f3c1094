#include "quiz/answer_matcher.h"

#include <algorithm>
#include <array>

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

std::vector<char32_t> code_points(std::string_view text) {
  std::vector<char32_t> out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t length = 1;
    out.push_back(utf8::decode(text, pos, length));
    pos += length;
  }
  return out;
}

/// The edit table of `a` and `b` (edit_distance's: a swap of two neighbours is one
/// edit) within `limit` of its diagonal only: O(length × limit), and given up as soon
/// as a whole row is over the limit, which no later row can undo.
template <typename Sequence>
bool banded_within(const Sequence& a, const Sequence& b, std::size_t limit) {
  const std::size_t n = a.size();
  const std::size_t m = b.size();
  if ((n > m ? n - m : m - n) > limit) return false;
  const std::size_t beyond = limit + 1;            // any cost over the limit
  std::vector<std::size_t> before(m + 1, beyond);  // the row before `previous`
  std::vector<std::size_t> previous(m + 1, beyond);
  std::vector<std::size_t> current(m + 1, beyond);
  for (std::size_t j = 0; j <= std::min(m, limit); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    const std::size_t from = i > limit ? i - limit : 0;
    const std::size_t to = std::min(m, i + limit);
    if (from > 0) current[from - 1] = beyond;
    current[0] = from == 0 ? i : beyond;
    std::size_t best = current[0];
    for (std::size_t j = std::max<std::size_t>(from, 1); j <= to; ++j) {
      std::size_t cost = std::min(
          {previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        cost = std::min(cost, before[j - 2] + 1);
      }
      current[j] = std::min(cost, beyond);
      best = std::min(best, current[j]);
    }
    if (to < m) current[to + 1] = beyond;
    if (best > limit) return false;
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[m] <= limit;
}

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

/// True when the edit distance of `a` and `b`, in code points, is at most `limit`.
bool within_edits(std::string_view a, std::string_view b, std::size_t limit) {
  // An edit changes the length by at most one code point, at most four bytes.
  if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > 4 * limit) return false;
  if (is_ascii(a) && is_ascii(b)) return banded_within(a, b, limit);
  return banded_within(code_points(a), code_points(b), limit);
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
  if (within_edits(typed, expected, typos) && numbers_in(typed) == numbers_in(expected)) {
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
