#include "commands/sources_command.h"
#include "render/json_text.h"

#include <fmt/format.h>

#include <algorithm>

#include "render/style.h"
#include "util/text_escape.h"

namespace lore {

namespace {

std::string as_text(const LoadedCatalog& loaded, const std::vector<double>& chances, bool color) {
  const auto& datasets = loaded.catalog.datasets();
  std::size_t name_width = 7;
  for (const Dataset& dataset : datasets) {
    name_width = std::max(name_width, escape_controls(dataset.info().id).size());
  }
  std::string header = fmt::format("{:<{}}  {:>7}", "DATASET", name_width, "CHANCE");
  for (const Kind kind : kAllKinds) header += fmt::format("  {:>6}", kind_plural(kind));
  header += "  PATH";
  std::string out = styled(header, Style::heading, color) + "\n";
  for (std::size_t i = 0; i < datasets.size(); ++i) {
    const Dataset& dataset = datasets[i];
    out += fmt::format("{:<{}}  {:>6.1f}%", escape_controls(dataset.info().id), name_width,
                       100 * chances[i]);
    for (const Kind kind : kAllKinds) out += fmt::format("  {:>6}", dataset.count(kind));
    out += fmt::format("  {}\n", escape_controls(dataset.info().path));
  }
  for (const SkippedDataset& skipped : loaded.skipped) {
    out += fmt::format("skipped: {}\n", escape_controls(format_diagnostic(skipped.first_error)));
  }
  return out;
}

std::string as_json(const LoadedCatalog& loaded, const std::vector<double>& chances) {
  Json datasets = Json::array();
  const auto& loaded_datasets = loaded.catalog.datasets();
  for (std::size_t i = 0; i < loaded_datasets.size(); ++i) {
    const Dataset& dataset = loaded_datasets[i];
    Json counts = Json::object();
    for (const Kind kind : kAllKinds) counts[std::string(kind_name(kind))] = dataset.count(kind);
    datasets.push_back({{"id", dataset.info().id},
                        {"title", dataset.info().title},
                        {"path", dataset.info().path},
                        {"chance", chances[i]},
                        {"counts", std::move(counts)}});
  }
  Json skipped = Json::array();
  for (const SkippedDataset& item : loaded.skipped) {
    skipped.push_back(
        {{"path", item.first_error.path}, {"error", format_diagnostic(item.first_error)}});
  }
  return dump_json(Json{{"datasets", std::move(datasets)}, {"skipped", std::move(skipped)}}, 2) +
         "\n";
}

}  // namespace

Expected<void, Error> run_sources(const SourcesOptions& options, Context& context) {
  auto format = require_summary_format(options.display, "sources");
  if (!format) return format;
  auto loaded = open_catalog(options.sources, context);
  if (!loaded) return unexpected(std::move(loaded.error()));
  const auto candidates = select_entries(loaded->catalog, options.filter);
  auto chances = chances_of(loaded->catalog, candidates, options.weighting);
  if (!chances) return unexpected(std::move(chances.error()));
  const PrintOptions print = resolve_print_options(options.display, context.environment);
  context.out.write(options.display.format == OutputFormat::text
                        ? as_text(*loaded, *chances, print.text.color)
                        : as_json(*loaded, *chances));
  return finish_output(context.out);
}

}  // namespace lore
