#include "commands/tags_command.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "render/json_record.h"
#include "util/text_escape.h"
#include "util/text_fold.h"
#include "util/utf8.h"

namespace lore {

Expected<void, Error> run_tags(const TagsOptions& options, Context& context) {
  auto loaded = open_catalog(options.sources, context);
  LORE_TRY(loaded);
  const std::vector<const Entry*> entries =
      select_entries(loaded->catalog, options.filter).entries();
  // Tags are one whatever their case, as the filters match them: each is counted once
  // an entry, under the spelling first met.
  std::map<std::string, std::pair<std::string_view, std::size_t>> counts;
  for (const Entry* entry : entries) {
    std::vector<std::string> counted_here;
    for (const std::string_view tag : entry->tags) {
      std::string key = ascii_lowercase(tag);
      if (std::find(counted_here.begin(), counted_here.end(), key) != counted_here.end()) continue;
      auto& [spelling, count] = counts[key];
      if (count == 0) spelling = tag;
      ++count;
      counted_here.push_back(std::move(key));
    }
  }
  if (counts.empty()) return unexpected(no_match(loaded->catalog, options.filter));
  std::vector<std::pair<std::string_view, std::size_t>> sorted;
  for (const auto& [key, tag] : counts) sorted.push_back(tag);
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
