#include "commands/sources_command.h"
#include "render/json_text.h"

#include <fmt/format.h>

#include <algorithm>

#include "render/style.h"
#include "util/text_escape.h"

namespace lore {

namespace {

/// Whether the index cache is on, and if not, why.
struct CacheState {
  const IndexCache* cache = nullptr;  ///< Null or disabled: off.
  std::string off_because;
};

CacheState cache_state(const SourcesOptions& options, const Context& context) {
  if (!options.sources.use_index) return {nullptr, "--no-cache"};
  if (context.cache == nullptr) return {nullptr, "no cache in this run"};
  if (!context.cache->enabled()) return {nullptr, context.cache->off_because()};
  return {context.cache, ""};
}

std::string_view state_name(IndexNote::State state) {
  switch (state) {
    case IndexNote::State::read: return "read";
    case IndexNote::State::written: return "written";
    case IndexNote::State::skipped: return "skipped";
    case IndexNote::State::not_written: return "not written";
  }
  return "";
}

std::string index_lines(const CacheState& state) {
  if (state.cache == nullptr) {
    return fmt::format("\nindex cache: off ({})\n", escape_controls(state.off_because));
  }
  std::string out = fmt::format("\nindex cache: {}\n", escape_controls(state.cache->folder()));
  for (const IndexNote& note : state.cache->notes()) {
    switch (note.state) {
      case IndexNote::State::read:
        out += fmt::format("  {}: read from its index\n", escape_controls(note.path));
        break;
      case IndexNote::State::written:
        out += fmt::format("  {}: indexed on this run\n", escape_controls(note.path));
        break;
      case IndexNote::State::skipped:
      case IndexNote::State::not_written:
        out += fmt::format("  {}: not indexed: {}\n", escape_controls(note.path),
                           escape_controls(note.detail));
        break;
    }
  }
  return out;
}

Json index_json(const CacheState& state) {
  Json files = Json::array();
  if (state.cache != nullptr) {
    for (const IndexNote& note : state.cache->notes()) {
      files.push_back({{"path", note.path},
                       {"state", std::string(state_name(note.state))},
                       {"detail", note.detail}});
    }
  }
  return {{"folder", state.cache ? Json(state.cache->folder()) : Json(nullptr)},
          {"off_because", state.cache ? Json(nullptr) : Json(state.off_because)},
          {"files", std::move(files)}};
}

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
  for (const ReplacedDataset& replaced : loaded.replaced) {
    out += fmt::format("replaced: {} in {}, by {}\n", escape_controls(replaced.id),
                       escape_controls(replaced.path), escape_controls(replaced.by_path));
  }
  return out;
}

std::string as_json(const LoadedCatalog& loaded, const std::vector<double>& chances,
                    const CacheState& state) {
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
  Json replaced = Json::array();
  for (const ReplacedDataset& item : loaded.replaced) {
    replaced.push_back({{"id", item.id}, {"path", item.path}, {"by", item.by_path}});
  }
  return dump_json(Json{{"datasets", std::move(datasets)},
                        {"skipped", std::move(skipped)},
                        {"replaced", std::move(replaced)},
                        {"index", index_json(state)}},
                   2) +
         "\n";
}

}  // namespace

Expected<void, Error> run_sources(const SourcesOptions& options, Context& context) {
  auto format = require_summary_format(options.display, "sources");
  if (!format) return format;
  auto loaded = open_catalog(options.sources, context);
  LORE_TRY(loaded);
  const auto candidates = select_entries(loaded->catalog, options.filter);
  const Weighting weighting =
      settled_weighting(loaded->catalog, candidates, options.weighting, context.messages);
  auto chances = chances_of(loaded->catalog, candidates, weighting);
  LORE_TRY(chances);
  const PrintOptions print = resolve_print_options(options.display, context.environment);
  const CacheState state = cache_state(options, context);
  context.out.write(options.display.format == OutputFormat::text
                        ? as_text(*loaded, *chances, print.text.color) + index_lines(state)
                        : as_json(*loaded, *chances, state));
  return finish_output(context.out);
}

}  // namespace lore
