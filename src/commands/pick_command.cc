#include "commands/pick_command.h"

namespace lore {

Expected<void, Error> run_pick(const PickOptions& options, Context& context) {
  auto loaded = open_catalog(options.sources, context);
  LORE_TRY(loaded);
  Filter filter = options.filter;
  filter.require_question = filter.require_question || options.ask_questions;
  const Selection candidates = select_entries(loaded->catalog, filter);
  if (candidates.empty()) return unexpected(no_match(loaded->catalog, filter));

  Random random = make_random(options.choice, options.command, context.environment);
  auto picked = pick_entries(candidates, options.choice, options.command, loaded->catalog, random,
                             context.messages);
  LORE_TRY(picked);

  PrintOptions print = resolve_print_options(options.display, context.environment);
  print.text.ask_questions = options.ask_questions;
  return print_and_finish(*picked, print, context);
}

}  // namespace lore
