#include "commands/info_command.h"

#include <fmt/format.h>

#include "render/json_record.h"
#include "render/text_block.h"

namespace lore {

namespace {

/// The files that `dataset` replaced on the search path (an override of the same id).
std::vector<std::string> replaced_by(const LoadedCatalog& loaded, const Dataset& dataset) {
  std::vector<std::string> paths;
  for (const ReplacedDataset& replaced : loaded.replaced) {
    if (replaced.id == dataset.info().id) paths.push_back(replaced.path);
  }
  return paths;
}

std::string describe_text(const Dataset& dataset, const std::vector<std::string>& replaces,
                          const PrintOptions& print) {
  const DatasetInfo& info = dataset.info();
  const TextOptions& text = print.text;
  std::string out;
  append_block(out, fmt::format("{} [{}]", info.attribution(), info.id),
               {text.width, 0, Style::heading, text.color, nullptr});
  if (!info.description.empty()) {
    append_block(out, info.description, {text.width, 0, Style::plain, text.color, nullptr});
  }
  append_block(out, fmt::format("file: {}", info.path),
               {text.width, 0, Style::label, text.color, nullptr});
  for (const std::string& path : replaces) {
    append_block(out, fmt::format("replaces: {}", path),
                 {text.width, 0, Style::label, text.color, nullptr});
  }
  for (const Kind kind : kAllKinds) {
    const std::size_t count = dataset.count(kind);
    out += fmt::format("{:>6} {}\n", count, count == 1 ? kind_name(kind) : kind_plural(kind));
  }
  return out;
}

}  // namespace

Expected<void, Error> run_info(const InfoOptions& options, Context& context) {
  auto format = require_summary_format(options.display, "info");
  if (!format) return format;
  auto loaded = open_catalog(options.sources, context);
  LORE_TRY(loaded);
  const PrintOptions print = resolve_print_options(options.display, context.environment);
  const auto& datasets = loaded->catalog.datasets();
  if (options.display.format == OutputFormat::text) {
    bool first = true;
    for (const Dataset& dataset : datasets) {
      if (!first) context.out.write("\n");
      context.out.write(describe_text(dataset, replaced_by(*loaded, dataset), print));
      first = false;
    }
  } else {
    std::vector<DatasetSummary> summaries;
    for (const Dataset& dataset : datasets) {
      DatasetSummary summary{&dataset.info(), {}, replaced_by(*loaded, dataset)};
      for (const Kind kind : kAllKinds) summary.counts.emplace_back(kind, dataset.count(kind));
      summaries.push_back(std::move(summary));
    }
    context.out.write(datasets_to_json(summaries, options.display.format == OutputFormat::json));
  }
  return finish_output(context.out);
}

}  // namespace lore
