#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "quiz/answer_matcher.h"
#include "quiz/question.h"
#include "util/line_reader.h"
#include "util/output.h"
#include "util/random.h"

namespace lore {

/// How a quiz talks to the person taking it.
struct QuizStyle {
  bool multiple_choice = false;
  bool interactive = false;  ///< A person at a terminal: show a prompt.
  bool color = false;
  std::size_t width = 0;  ///< Wrap at this many columns; 0: no wrapping.
};

/// One question as it was asked and answered.
struct AskedQuestion {
  const Question* question = nullptr;
  std::vector<std::string> options;  ///< Shown choices, when it was multiple choice.
  std::string given;                 ///< What was typed.
  Verdict verdict = Verdict::skipped;
};

/// The whole of one quiz.
struct QuizResult {
  std::vector<AskedQuestion> asked;
  std::size_t planned = 0;     ///< Questions the quiz meant to ask.
  bool stopped_early = false;  ///< Quit, input ended, or a signal came.
  int signal = 0;              ///< The signal that stopped the quiz (SIGINT...), or 0.

  std::size_t right() const;
  /// Right answers as a percentage of the questions asked (0 when none was).
  double percent() const;
  /// Right answers as a percentage of the questions planned, which --pass is judged
  /// by: quitting early does not pass a quiz.
  double pass_percent() const;
  std::size_t longest_streak() const;
  /// Ids of the questions answered wrong or skipped.
  std::vector<std::string> missed() const;
  /// The entries those questions were made from, as `lore show` takes them
  /// (DATASET:ID), each once, in the order asked.
  std::vector<std::string> missed_entries() const;
};

/// The entry a question was made from, as `lore show` takes it: DATASET:ID (the
/// question's own id when it has no entry).
std::string entry_id_of(const Question& question);

/// What the quiz tells its caller as it goes, and asks it.
struct QuizHooks {
  /// Each answer as soon as it is judged, before the verdict is shown: to save it.
  std::function<void(const AskedQuestion&)> answered;
  /// The signal caught since the quiz began, or 0: a signal ends the quiz at once.
  std::function<int()> interrupted;
};

/// Asks `questions` one by one, reading answers from `input` and writing questions,
/// verdicts (with the right answer and the entry's fact) and the final score to
/// `transcript`. An empty answer skips and reveals; "q", "quit" or the end of input
/// stops early, as does a signal (`hooks.interrupted`), which drops a line half typed.
/// With options shown, a letter or number that names none of them (`e` on a-d) is a
/// slip: it is asked again, not judged. `all` supplies wrong options for multiple
/// choice.
QuizResult run_quiz(const std::vector<const Question*>& questions, const std::vector<Question>& all,
                    const QuizStyle& style, LineReader& input, Output& transcript, Random& random,
                    const QuizHooks& hooks = {});

/// The final lines: score, percentage, longest streak and the entries missed (as
/// `lore show` takes them), wrapped to the style's width.
std::string render_summary(const QuizResult& result, const QuizStyle& style);

}  // namespace lore
