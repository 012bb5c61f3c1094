#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/filter.h"
#include "quiz/progress.h"
#include "quiz/question.h"
#include "util/random.h"

namespace lore {

/// Which questions a quiz may ask.
struct QuestionFilter {
  std::vector<std::string> tags;  ///< Each must be on the question's source entry.
  std::string category;           ///< Empty: any; else equal, ignoring ASCII case.
  bool include_spoilers = false;
  bool matches(const Question& question) const;
};

/// The questions for one quiz: up to `count` of those `filter` lets through, in random
/// order; with `review`, first those due by `progress` (lowest box first, then the
/// longest unseen), then the rest at random. No two are about the same fact
/// (same_fact): of two such, the one that comes first in that order is asked.
std::vector<const Question*> pick_questions(const std::vector<Question>& questions,
                                            const QuestionFilter& filter, std::size_t count,
                                            bool review, const Progress& progress,
                                            std::chrono::year_month_day today, Random& random);

/// True when asking both `a` and `b` in one quiz would let one answer the other: they
/// come from the same entry, or the answer of one (folded as the answer matcher does)
/// stands as whole words in the other's prompt, or their facts read the same (folded).
/// A yes/no answer, and an answer that is the title of its work (which every question
/// of the work may name), give nothing away.
bool same_fact(const Question& a, const Question& b);

/// The options of a multiple-choice question, shuffled: the answer and up to three of
/// its wrong options (`choices`, which generate_questions has made fair). Empty when
/// it has no fair options (`no_fair_options`): ask it freely, and say so with
/// kNoFairOptionsLine.
std::vector<std::string> choice_options(const Question& question, Random& random);

/// As above; `all` is not used (wrong options are no longer borrowed while asking).
/// Kept for callers written before; prefer the form without it.
inline std::vector<std::string> choice_options(const Question& question,
                                               const std::vector<Question>& /*all*/,
                                               Random& random) {
  return choice_options(question, random);
}

/// The line shown under a question asked freely in a multiple-choice quiz because it
/// has no fair options.
inline constexpr std::string_view kNoFairOptionsLine =
    "(no fair options for this one: type your answer)";

}  // namespace lore
