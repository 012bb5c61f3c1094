#pragma once

#include <chrono>
#include <cstddef>
#include <string>
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
/// longest unseen), then the rest at random.
std::vector<const Question*> pick_questions(const std::vector<Question>& questions,
                                            const QuestionFilter& filter, std::size_t count,
                                            bool review, const Progress& progress,
                                            std::chrono::year_month_day today, Random& random);

/// The options of a multiple-choice question, shuffled: the answer and up to three
/// wrong ones, from the question's own choices, else from the answers of other
/// questions in the same category.
std::vector<std::string> choice_options(const Question& question, const std::vector<Question>& all,
                                        Random& random);

}  // namespace lore
