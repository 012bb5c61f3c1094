#include "commands/tags_command.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "render/json_record.h"
#include "util/text_escape.h"
#include "util/utf8.h"

namespace lore {

Expected<void, Error> run_tags(const TagsOptions& options, Context& context) {
  auto loaded = open_catalog(options.sources, context);
  LORE_TRY(loaded);
  const std::vector<const Entry*> entries =
      select_entries(loaded->catalog, options.filter).entries();
  std::map<std::string_view, std::size_t> counts;
  for (const Entry* entry : entries) {
    for (const std::string_view tag : entry->tags) ++counts[tag];
  }
  if (counts.empty()) return unexpected(no_match(loaded->catalog, options.filter));
  std::vector<std::pair<std::string_view, std::size_t>> sorted(counts.begin(), counts.end());
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });

  const bool null_terminated = options.display.null_terminated;
  const std::string_view end = null_terminated ? std::string_view("\0", 1) : "\n";
  if (options.display.format == OutputFormat::toml ||
      options.display.format == OutputFormat::fortune) {
    return usage_error("tags prints text, json, jsonl or tsv");
  }
  switch (options.display.format) {
    case OutputFormat::json:
    case OutputFormat::jsonl:
      context.out.write(tags_to_json(sorted, options.display.format == OutputFormat::json));
      break;
    case OutputFormat::tsv:
      for (const auto& [tag, count] : sorted) {
        context.out.write(fmt::format("{}\t{}", escape_tsv_field(tag), count));
        context.out.write(end);
      }
      break;
    case OutputFormat::toml:
    case OutputFormat::fortune: break;  // refused above
    case OutputFormat::text: {
      std::size_t width = 0;
      for (const auto& [tag, count] : sorted) {
        width = std::max(width, utf8::display_width(escape_controls(tag)));
      }
      for (const auto& [tag, count] : sorted) {
        const std::string safe = escape_controls(tag);
        context.out.write(
            fmt::format("{}{:>{}}", safe, count, width - utf8::display_width(safe) + 6));
        context.out.write(end);
      }
      break;
    }
  }
  return finish_output(context.out);
}

}  // namespace lore
