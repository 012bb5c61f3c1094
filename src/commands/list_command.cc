#include "commands/list_command.h"

namespace lore {

Expected<void, Error> run_list(const ListOptions& options, Context& context) {
  auto loaded = open_catalog(options.sources, context);
  LORE_TRY(loaded);
  const std::vector<const Entry*> entries =
      select_entries(loaded->catalog, options.filter).entries();
  if (entries.empty()) return unexpected(no_match(loaded->catalog, options.filter));
  PrintOptions print = resolve_print_options(options.display, context.environment);
  print.layout = TextLayout::line;
  return print_and_finish(entries, print, context);
}

}  // namespace lore
