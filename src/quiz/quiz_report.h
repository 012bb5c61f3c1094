#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "quiz/progress.h"
#include "quiz/question.h"
#include "quiz/quiz_session.h"

namespace lore {

/// The whole quiz as one JSON object: every question (its id, and the entry it was made
/// from as `lore show` takes it) with the answer given and its verdict, then the score
/// and what was missed (question ids, and entries). `pass` is the --pass mark, when one was set.
std::string quiz_to_json(const QuizResult& result, std::optional<double> pass);

/// The name of a verdict in reports: right, near-miss, wrong, skipped.
std::string_view verdict_name(Verdict verdict);

/// Accuracy per category and the weakest questions, from the recorded progress.
struct QuizStats {
  struct Category {
    std::string name;
    std::uint32_t asked = 0;
    std::uint32_t right = 0;
  };
  struct Weak {
    const Question* question;
    ProgressRecord record;
  };
  std::vector<Category> categories;  ///< By name.
  std::vector<Weak> weakest;         ///< Lowest accuracy first, at most `limit`.
};

/// The stats of the questions in `questions` that `progress` has seen.
QuizStats compute_stats(const Progress& progress, const std::vector<Question>& questions,
                        std::size_t limit = 5);

std::string render_stats(const QuizStats& stats, bool color);
std::string stats_to_json(const QuizStats& stats);

}  // namespace lore
