#include "commands/show_command.h"

#include <fmt/format.h>

#include "util/edit_distance.h"

namespace lore {

namespace {

std::string qualified(const Entry& entry) {
  return fmt::format("{}:{}", entry.dataset != nullptr ? entry.dataset->id : "", entry.id);
}

/// 'a', 'b', 'c': the ids to copy, each quoted as lore's other suggestions are.
std::string quoted_list(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) out += fmt::format("{}'{}'", out.empty() ? "" : ", ", word);
  return out;
}

std::string unknown_id_message(const Catalog& catalog, const std::string& id) {
  const auto colon = id.find(':');
  if (colon == std::string::npos) {
    const auto nearest = nearest_words(id, catalog.ids());
    if (nearest.empty()) return fmt::format("unknown id '{}'", id);
    return fmt::format("unknown id '{}'; did you mean {}?", id, quoted_list(nearest));
  }
  // DATASET:ID: the dataset first, then the id within it.
  const std::string_view dataset_id = std::string_view(id).substr(0, colon);
  const std::string_view entry_id = std::string_view(id).substr(colon + 1);
  std::vector<std::string_view> datasets;
  const Dataset* named = nullptr;
  for (const Dataset& dataset : catalog.datasets()) {
    datasets.push_back(dataset.info().id);
    if (dataset.info().id == dataset_id) named = &dataset;
  }
  if (named == nullptr) {
    const auto nearest = nearest_words(dataset_id, datasets, 1);
    if (nearest.empty()) return fmt::format("unknown dataset '{}' in '{}'", dataset_id, id);
    return fmt::format("unknown dataset '{}' in '{}'; did you mean '{}:{}'?", dataset_id, id,
                       nearest.front(), entry_id);
  }
  std::vector<std::string_view> ids;
  for (std::size_t i = 0; i < named->size(); ++i) ids.push_back(named->id_of(i));
  std::vector<std::string> nearest;
  for (const std::string& near : nearest_words(entry_id, ids)) {
    nearest.push_back(fmt::format("{}:{}", dataset_id, near));
  }
  if (nearest.empty()) return fmt::format("unknown id '{}'", id);
  return fmt::format("unknown id '{}'; did you mean {}?", id, quoted_list(nearest));
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
