#pragma once

#include <string>
#include <vector>

#include "core/entry.h"

namespace lore {

/// One quiz question, asked from a trivia entry or generated from other entries.
struct Question {
  std::string id;  ///< Stable across runs: progress is kept by it.
  std::string prompt;
  std::string answer;               ///< The exact spelling, shown in feedback.
  std::vector<std::string> accept;  ///< Other answers that count as right.
  /// Wrong options for multiple choice, every one fair (see generate_questions): the
  /// data's own, else answers of the same shape borrowed from other questions.
  std::vector<std::string> choices;
  std::string fact;  ///< Shown after the answer: why it is right.
  std::string category;
  bool spoiler = false;
  bool always_choice = false;  ///< Only makes sense with its options shown (which comes first).
  /// Fewer than two fair wrong options exist: with -m it is asked for a typed answer,
  /// and the quiz says so (kNoFairOptionsLine).
  bool no_fair_options = false;
  const Entry* source = nullptr;  ///< The entry it was made from (for a pair, the first).
  std::vector<std::string_view> tags;
};

}  // namespace lore
