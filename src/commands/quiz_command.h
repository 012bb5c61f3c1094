#pragma once

#include <cstdint>
#include <optional>

#include "commands/loading.h"
#include "commands/printing.h"
#include "quiz/question_picker.h"

namespace lore {

/// `lore quiz`: ask trivia and generated questions, judge the answers, keep progress.
struct QuizOptions {
  DatasetSources sources;
  QuestionFilter filter;
  std::size_t count = 10;
  bool multiple_choice = false;
  bool review = false;         ///< Due questions first, by their Leitner boxes.
  bool review_only = false;    ///< Only the due questions; none due: say so, exit 0.
  bool stats = false;          ///< Show the recorded accuracy instead of quizzing.
  bool save = true;            ///< Record the answers in the progress file.
  std::optional<double> pass;  ///< Exit 1 when the percentage is lower.
  std::optional<std::uint64_t> seed;
  bool json = false;  ///< One JSON record of the whole quiz on standard output.
  ColorMode color = ColorMode::automatic;
  std::optional<std::size_t> width;
};

Expected<void, Error> run_quiz_command(const QuizOptions& options, Context& context);

}  // namespace lore
