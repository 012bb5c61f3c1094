#include "commands/search_command.h"

#include <fmt/format.h>

#include "core/text_search.h"

namespace lore {

Expected<void, Error> run_search(const SearchOptions& options, Context& context) {
  auto search = TextSearch::compile(options.pattern, options.ignore_case);
  if (!search) {
    return usage_error(fmt::format("invalid pattern '{}': {}", options.pattern, search.error()));
  }
  auto loaded = open_catalog(options.sources, context);
  LORE_TRY(loaded);

  const Selection candidates = select_entries(loaded->catalog, options.filter);
  if (candidates.empty()) return unexpected(no_match(loaded->catalog, options.filter));
  const std::vector<const Entry*> matches = search_entries(candidates, *search);
  if (matches.empty()) {
    std::string message = fmt::format("nothing matches '{}'", options.pattern);
    if (!options.filter.include_spoilers) {
      Filter with_spoilers = options.filter;
      with_spoilers.include_spoilers = true;
      if (!search_entries(select_entries(loaded->catalog, with_spoilers), *search).empty()) {
        message += " (some spoilers match; add --spoilers to include them)";
      }
    }
    return failure(ErrorKind::no_match, std::move(message));
  }
  PrintOptions print = resolve_print_options(options.display, context.environment);
  print.text.highlight = &*search;
  return print_and_finish(matches, print, context);
}

}  // namespace lore
