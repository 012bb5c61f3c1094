#pragma once

#include <string>

#include "commands/choosing.h"
#include "commands/loading.h"
#include "commands/printing.h"

namespace lore {

/// `lore`, `lore quote|trivia|scene|egg|random`: print random entries.
struct PickOptions {
  std::string command;  ///< Its name, which also seeds --daily.
  DatasetSources sources;
  Filter filter;  ///< Its kinds name what the command picks from.
  ChoiceOptions choice;
  DisplayOptions display;
  bool ask_questions = false;  ///< --question: trivia as question and answer.
};

Expected<void, Error> run_pick(const PickOptions& options, Context& context);

}  // namespace lore
