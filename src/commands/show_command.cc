#include "commands/show_command.h"

#include <fmt/format.h>

#include "util/edit_distance.h"

namespace lore {

namespace {

std::string qualified(const Entry& entry) {
  return fmt::format("{}:{}", entry.dataset != nullptr ? entry.dataset->id : "", entry.id);
}

std::string unknown_id_message(const Catalog& catalog, const std::string& id) {
  const auto nearest = nearest_words(id, catalog.ids());
  if (nearest.empty()) return fmt::format("unknown id '{}'", id);
  return fmt::format("unknown id '{}'; did you mean {}?", id,
                     fmt::join(nearest.begin(), nearest.end(), ", "));
}

}  // namespace

Expected<void, Error> run_show(const ShowOptions& options, Context& context) {
  auto loaded = open_catalog(options.sources, context);
  LORE_TRY(loaded);
  const Catalog& catalog = loaded->catalog;

  std::vector<const Entry*> found;
  std::vector<std::string> problems;
  for (const std::string& id : options.ids) {
    const std::vector<const Entry*> matches = catalog.find(id);
    if (matches.size() == 1) {
      found.push_back(matches.front());
    } else if (matches.empty()) {
      problems.push_back(unknown_id_message(catalog, id));
    } else {
      std::vector<std::string> names;
      for (const Entry* entry : matches) names.push_back(qualified(*entry));
      problems.push_back(fmt::format("id '{}' is in more than one dataset; name one of: {}", id,
                                     fmt::join(names, ", ")));
    }
  }
  auto written =
      print_and_finish(found, resolve_print_options(options.display, context.environment), context);
  if (!written) return written;
  if (!problems.empty()) {
    return failure(ErrorKind::unknown_id, fmt::format("{}", fmt::join(problems, "\n")));
  }
  return {};
}

}  // namespace lore
