#include "commands/common_options.h"

#include <fmt/format.h>

#include <algorithm>

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
    return unexpected(Error{ErrorKind::usage,
                            "no datasets: --no-default leaves out the built-in one, and no "
                            "other was found; give one with --data PATH",
                            {}});
  }
  return loaded;
}

PrintOptions resolve_print_options(const DisplayOptions& display, const Environment& environment) {
  PrintOptions options;
  options.format = display.format;
  options.entry_template = display.entry_template;
  options.null_terminated = display.null_terminated;
  if (display.width) {
    options.text.width = *display.width;
  } else if (environment.columns) {
    options.text.width = *environment.columns;
  } else if (environment.terminal_width) {
    options.text.width = *environment.terminal_width;
  }
  options.text.color = use_color(display.color, environment.color);
  options.text.show_source = display.show_source;
  options.to_terminal = environment.color.stdout_is_terminal;
  return options;
}

Random make_random(const ChoiceOptions& options, std::string_view command,
                   const Environment& environment) {
  if (options.seed) return Random(*options.seed);
  if (options.day) return Random(daily_seed(*options.day, command));
  return Random(environment.entropy_seed);
}

Expected<std::vector<double>, Error> chances_of(const Catalog& catalog,
                                                const Selection& candidates,
                                                const Weighting& weighting) {
  std::vector<DatasetShare> shares;
  for (const Dataset& dataset : catalog.datasets()) {
    std::size_t entries = 0;
    for (const Selection::Part& part : candidates.parts()) {
      if (&part.dataset() == &dataset) entries += part.size();
    }
    shares.push_back({dataset.info().id, entries});
  }
  auto chances = dataset_chances(shares, weighting);
  if (!chances) return unexpected(Error{ErrorKind::usage, std::move(chances.error()), {}});
  return std::move(*chances);
}

Expected<std::vector<const Entry*>, Error> pick_entries(const Selection& candidates,
                                                        const ChoiceOptions& options,
                                                        std::string_view command,
                                                        const Catalog& catalog, Random& random) {
  auto chances = chances_of(catalog, candidates, options.weighting);
  if (!chances) return unexpected(std::move(chances.error()));
  std::vector<std::string> names;
  for (const Dataset& dataset : catalog.datasets()) names.push_back(dataset.info().id);
  if (options.day && !options.seed) {
    return choose_daily(candidates, options.choice, options.weighting, names,
                        daily_seed(*options.day, command));
  }
  return choose_weighted(candidates, options.choice, options.weighting, names, random);
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

Expected<void, Error> require_summary_format(const DisplayOptions& display,
                                             std::string_view command) {
  const bool summary = display.format == OutputFormat::text ||
                       display.format == OutputFormat::json ||
                       display.format == OutputFormat::jsonl;
  if (summary && !display.entry_template && !display.null_terminated) return {};
  return unexpected(
      Error{ErrorKind::usage,
            fmt::format("{} prints text, json or jsonl (no --template, no --null)", command),
            {}});
}

Expected<void, Error> finish_output(Output& out) {
  auto finished = out.finish();
  if (!finished && out.reader_gone()) return unexpected(Error{ErrorKind::reader_gone, "", {}});
  if (!finished) {
    return unexpected(Error{ErrorKind::output_failure,
                            fmt::format("cannot write to standard output: {}", finished.error()),
                            {}});
  }
  return {};
}

}  // namespace lore
