#pragma once

#include <string>
#include <vector>

#include "core/entry.h"

namespace lore {

/// One quiz question, asked from a trivia entry or generated from other entries.
struct Question {
  std::string id;  ///< Stable across runs: progress is kept by it.
  std::string prompt;
  std::string answer;                ///< The exact spelling, shown in feedback.
  std::vector<std::string> accept;   ///< Other answers that count as right.
  std::vector<std::string> choices;  ///< Wrong options for multiple choice, if the data has them.
  std::string fact;                  ///< Shown after the answer: why it is right.
  std::string category;
  bool spoiler = false;
  bool always_choice = false;     ///< Only makes sense with its options shown (which comes first).
  const Entry* source = nullptr;  ///< The entry it was made from (for a pair, the first).
  std::vector<std::string_view> tags;
};

}  // namespace lore
