#include "commands/export_command.h"

#include <fmt/format.h>

#include <map>

namespace lore {

Expected<void, Error> run_export(const ExportOptions& options, Context& context) {
  auto loaded = open_catalog(options.sources, context);
  LORE_TRY(loaded);
  const std::vector<const Entry*> entries =
      select_entries(loaded->catalog, options.filter).entries();
  if (entries.empty()) return unexpected(no_match(loaded->catalog, options.filter));
  if (options.display.format == OutputFormat::toml) {
    // One dataset holds each id once; entries of two datasets may share one.
    std::map<std::string_view, const Entry*> seen;
    for (const Entry* entry : entries) {
      const auto [other, inserted] = seen.emplace(entry->id, entry);
      if (!inserted && other->second->dataset != entry->dataset) {
        return usage_error(
            fmt::format("id '{}' is in datasets '{}' and '{}'; export one with -d NAME", entry->id,
                        other->second->dataset->id, entry->dataset->id));
      }
    }
  }
  PrintOptions print = resolve_print_options(options.display, context.environment);
  return print_and_finish(entries, print, context);
}

}  // namespace lore
