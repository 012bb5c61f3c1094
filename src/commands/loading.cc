#include "commands/loading.h"

#include <fmt/format.h>

namespace lore {

Expected<LoadedCatalog, Error> open_catalog(const DatasetSources& sources, Context& context) {
  DatasetSources with_cache = sources;
  if (sources.use_index && with_cache.cache == nullptr) with_cache.cache = context.cache;
  if (!sources.use_index) with_cache.cache = nullptr;
  auto loaded = load_catalog(with_cache, context.files);
  if (!loaded) return loaded;
  for (const Diagnostic& warning : loaded->warnings) {
    context.messages.write(format_diagnostic(warning) + "\n");
  }
  if (loaded->catalog.datasets().empty()) {
    return usage_error(
        "no datasets: --no-default leaves out the built-in one, and no "
        "other was found; give one with --data PATH");
  }
  return loaded;
}

Error no_match(const Catalog& catalog, const Filter& filter) {
  std::vector<std::string> conditions;
  for (const Kind kind : filter.kinds) conditions.emplace_back(kind_name(kind));
  for (const auto& tag : filter.tags) conditions.push_back(fmt::format("tag '{}'", tag));
  for (const auto& tag : filter.excluded_tags) {
    conditions.push_back(fmt::format("without tag '{}'", tag));
  }
  if (!filter.speaker.empty()) conditions.push_back(fmt::format("speaker '{}'", filter.speaker));
  if (!filter.category.empty()) {
    conditions.push_back(fmt::format("category '{}'", filter.category));
  }
  if (filter.length != LengthLimit::any) {
    conditions.push_back(fmt::format(
        "{} ({} {} characters)", filter.length == LengthLimit::short_only ? "short" : "long",
        filter.length == LengthLimit::short_only ? "at most" : "over", filter.length_cutoff));
  }
  if (filter.require_question) conditions.emplace_back("with a question");
  std::string message = conditions.empty()
                            ? std::string("no entries")
                            : fmt::format("no entries match: {}", fmt::join(conditions, ", "));
  if (!filter.include_spoilers) {
    Filter with_spoilers = filter;
    with_spoilers.include_spoilers = true;
    if (!select_entries(catalog, with_spoilers).empty()) {
      message += " (some spoilers match; add --spoilers to include them)";
    }
  }
  return Error{ErrorKind::no_match, std::move(message), {}};
}

}  // namespace lore
