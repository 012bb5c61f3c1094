#include "cli/option_groups.h"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <limits>

#include "cli/choices.h"
#include "cli/value_checks.h"
#include "core/embedded_dataset.h"
#include "util/date.h"
#include "util/text_wrap.h"
#include "util/xdg.h"

namespace lore::cli {

namespace {

/// Appends each value, so a list option given both before and after the subcommand
/// keeps every value (binding the vector would keep the last app's only).
std::function<void(const std::string&)> append_to(std::vector<std::string>& list) {
  return [&list](const std::string& value) { list.push_back(value); };
}

/// A --data path as the command line or config.toml wrote it: `-` is standard input,
/// and a leading `~` or `$HOME` the home folder.
std::string data_path(const std::string& path, const Environment& environment) {
  if (path == "-") return "/dev/stdin";
  return expand_home(path, environment.home);
}

}  // namespace

const AppliedSetting* find_setting(const AppliedSettings& settings, std::string_view key) {
  for (const AppliedSetting& setting : settings) {
    if (setting.origin.key == key) return &setting;
  }
  return nullptr;
}

void add_dataset_options(CLI::App& app, DatasetArgs& args) {
  const std::string group(kDatasetsGroup);
  app.add_option("--data",
                 "Load the dataset file PATH, or every *.toml in the folder PATH (repeatable)")
      ->type_name("PATH")
      ->take_all()
      ->each(append_to(args.files))
      ->group(group);
  app.add_flag("--no-default", args.no_default, "Leave out the built-in IO (2019) dataset")
      ->group(group);
  app.add_option("-d,--dataset", "Use only the dataset NAME (repeatable)")
      ->type_name("NAME")
      ->take_all()
      ->each(append_to(args.only))
      ->group(group);
  app.add_flag("--no-cache", args.no_cache,
               "Parse every dataset file; neither read nor write the index cache")
      ->group(group);
}

DatasetSources to_sources(const DatasetArgs& args, const Environment& environment,
                          const AppliedSettings& from_config) {
  DatasetSources sources;
  sources.include_embedded = !args.no_default;
  sources.builtin = &embedded::builtin_dataset;
  sources.search_path = dataset_search_path(environment.search_path);
  sources.only = args.only;
  sources.use_index = !args.no_cache;
  // config.toml's values were given after the command line's: they are the last ones.
  const AppliedSetting* data = find_setting(from_config, "data");
  const std::size_t configured = data != nullptr ? std::min(data->values, args.files.size()) : 0;
  for (std::size_t i = 0; i < args.files.size(); ++i) {
    std::string path = data_path(args.files[i], environment);
    if (i + configured < args.files.size()) {
      sources.files.push_back(std::move(path));
    } else {
      sources.configured.push_back(std::move(path));
    }
  }
  if (data != nullptr) sources.configured_at = data->origin;
  if (const AppliedSetting* only = find_setting(from_config, "dataset")) {
    sources.only_from_config = only->origin;
  }
  return sources;
}

void add_filter_options(CLI::App& app, FilterArgs& args, Parts parts) {
  const std::string group(kFiltersGroup);
  if ((parts & kTags) != 0) {
    app.add_option("-t,--tag", "Only entries with TAG (repeatable: all must hold)")
        ->type_name("TAG")
        ->take_all()
        ->each(append_to(args.tags))
        ->group(group);
  }
  if ((parts & kExcludedTags) != 0) {
    app.add_option("-x,--exclude-tag", "Leave out entries with TAG (repeatable)")
        ->type_name("TAG")
        ->take_all()
        ->each(append_to(args.excluded_tags))
        ->group(group);
  }
  if ((parts & kSpeaker) != 0) {
    app.add_option("--speaker", args.speaker, "Only quotes by NAME (ignoring case)")
        ->type_name("NAME")
        ->group(group);
  }
  if ((parts & kCategory) != 0) {
    app.add_option("--category", args.category, "Only trivia in CAT (ignoring case)")
        ->type_name("CAT")
        ->group(group);
  }
  if ((parts & kLength) != 0) {
    app.add_flag("-s,--short", args.short_only, "Only short entries (see --length)")->group(group);
    app.add_flag("-l,--long", args.long_only, "Only long entries (see --length)")->group(group);
    app.add_option("--length", args.length_cutoff,
                   "A short entry has at most N characters, 1 or more (default 160, as "
                   "fortune has it)")
        ->type_name("N")
        ->transform(whole_number({"N", 1, std::numeric_limits<std::size_t>::max()}))
        ->group(group);
  }
  if ((parts & kSpoilers) != 0) {
    app.add_flag("--spoilers", args.spoilers, "Include entries that give the ending away")
        ->group(group);
  }
}

Expected<Filter, Error> to_filter(const FilterArgs& args, std::vector<Kind> kinds) {
  if (args.short_only && args.long_only)
    return usage_error("--short and --long exclude each other");
  Filter filter;
  filter.kinds = std::move(kinds);
  filter.tags = args.tags;
  filter.excluded_tags = args.excluded_tags;
  filter.speaker = args.speaker;
  filter.category = args.category;
  if (args.short_only) filter.length = LengthLimit::short_only;
  if (args.long_only) filter.length = LengthLimit::long_only;
  filter.length_cutoff = args.length_cutoff;
  filter.include_spoilers = args.spoilers;
  return filter;
}

void add_choice_options(CLI::App& app, ChoiceArgs& args, Parts parts) {
  const std::string group(kChoosingGroup);
  if ((parts & kSeed) != 0) {
    app.add_option("--seed", args.seed,
                   "Make the random choice reproducible; N from 0 to 18446744073709551615")
        ->type_name("N")
        ->transform(whole_number({"N", 0, std::numeric_limits<std::uint64_t>::max()}))
        ->each([&args](const std::string&) { args.seed_given = true; })
        ->group(group);
  }
  if ((parts & kDaily) != 0) {
    app.add_flag("--daily", args.daily,
                 "The same choice all day; an entry added changes it only if it wins")
        ->group(group);
    app.add_option("--date", args.date, "Like --daily, for another day")
        ->type_name("YYYY-MM-DD")
        ->each([&args](const std::string&) { args.date_given = true; })
        ->group(group);
  }
  if ((parts & kCount) != 0) {
    app.add_option("-n,--count", args.count, "Print N distinct entries (1 or more)")
        ->type_name("N")
        ->transform(whole_number({"N", 1, std::numeric_limits<std::size_t>::max()}))
        ->each([&args](const std::string&) { args.count_given = true; })
        ->group(group);
    app.add_flag("-a,--all", args.all, "Print every matching entry, in dataset order")
        ->group(group);
  }
  if ((parts & kWeighting) != 0) {
    app.add_flag("-e,--equal", args.equal,
                 "Give every dataset the same chance (default: every entry the same)")
        ->group(group);
    app.add_option("--weight", "Pick dataset NAME with this chance; the rest share what is left")
        ->type_name("NAME=PERCENT")
        ->take_all()
        ->each(append_to(args.weights))
        ->group(group);
  }
}

Expected<ChoiceOptions, Error> to_choice(const ChoiceArgs& args, const Environment& environment,
                                         const AppliedSettings& from_config) {
  if (args.seed_given && (args.daily || args.date_given)) {
    return usage_error("--seed excludes --daily and --date");
  }
  if (args.count_given && args.all) return usage_error("--count and --all exclude each other");
  ChoiceOptions options;
  if (args.seed_given) options.seed = args.seed;
  if (args.date_given) {
    const auto day = parse_date(args.date);
    if (!day) {
      return usage_error(fmt::format("--date: '{}' is not a date written YYYY-MM-DD", args.date));
    }
    options.day = *day;
  } else if (args.daily) {
    options.day = environment.today();
  }
  options.choice.count = args.count;
  options.choice.all = args.all;
  options.weighting.equal = args.equal;
  for (const std::string& text : args.weights) {
    auto pin = parse_weight(text);
    if (!pin) return usage_error(fmt::format("--weight: {}", pin.error()));
    options.weighting.pins.push_back(std::move(*pin));
  }
  if (const AppliedSetting* weight = find_setting(from_config, "weight")) {
    options.weighting.pins_from_config = weight->origin;
  }
  return options;
}

void add_display_options(CLI::App& app, DisplayArgs& args, Parts parts) {
  const std::string group(kOutputGroup);
  if ((parts & kFormat) != 0) {
    std::vector<Choice> formats = format_choices(true);
    std::erase_if(formats, [parts](const Choice& format) {
      if (format.value == "tsv") return (parts & kTsv) == 0;
      if (format.value == "toml" || format.value == "fortune") {
        return (parts & kDatasetFormats) == 0;
      }
      return false;
    });
    auto* option = app.add_option("-f,--format", args.format,
                                  fmt::format("Output format: {}", in_words(values_of(formats))))
                       ->type_name("FORMAT")
                       ->each([&args](const std::string&) { args.format_given = true; })
                       ->group(group);
    take_choices(option, formats);
  }
  if ((parts & kTemplate) != 0) {
    app.add_option("--template", args.template_text,
                   "Format each entry by TEMPLATE, e.g. '{id} {text}'")
        ->type_name("TEMPLATE")
        ->each([&args](const std::string&) { args.template_given = true; })
        ->group(group);
  }
  if ((parts & kNull) != 0) {
    app.add_flag("-0,--null", args.null_terminated, "End each entry with NUL, for xargs -0")
        ->group(group);
  }
  if ((parts & kShowSource) != 0) {
    app.add_flag("-c,--show-source", args.show_source, "Show each entry's DATASET:ID with it")
        ->group(group);
  }
  if ((parts & kDatasetFormats) != 0) {
    app.add_flag("--escape-percent", args.escape_percent,
                 "Fortune format: write a line that is just % as ' %', not fail")
        ->group(group);
  }
  if ((parts & kColor) != 0) {
    take_choices(
        app.add_option("--color,--colour", args.color,
                       fmt::format("When to colour: {}", in_words(values_of(color_choices()))))
            ->type_name("WHEN")
            ->group(group),
        color_choices());
  }
  if ((parts & kWidth) != 0) {
    app.add_option("-w,--width", args.width,
                   fmt::format("Wrap text at N columns, from 0 (never) to {}; by default COLUMNS, "
                               "else the terminal's width",
                               kMaxWidth))
        ->type_name("N")
        ->transform(whole_number({"N", 0, kMaxWidth}))
        ->each([&args](const std::string&) { args.width_given = true; })
        ->group(group);
  }
}

Expected<DisplayOptions, Error> to_display(const DisplayArgs& args, std::span<const Kind> kinds,
                                           const AppliedSettings& from_config) {
  DisplayOptions options;
  options.format = parse_output_format(args.format).value_or(OutputFormat::text);
  if (args.template_given && args.format_given) {
    return usage_error("--template and --format exclude each other");
  }
  if (args.template_given) {
    auto parsed = EntryTemplate::parse(args.template_text, kinds);
    if (!parsed) return usage_error(fmt::format("--template: {}", parsed.error()));
    // config.toml's template serves every command: a field that a kind this one may
    // print lacks is the file's problem, found now (a warning), not when printing.
    if (kinds.empty() && find_setting(from_config, "template") != nullptr) {
      auto covered = parsed->check(kAllKinds);
      if (!covered) return usage_error(fmt::format("--template: {}", covered.error()));
    }
    options.entry_template = std::move(*parsed);
  }
  if (args.null_terminated && output_format_info(options.format).whole_file) {
    return usage_error(fmt::format("--null does not go with --format {}", args.format));
  }
  options.null_terminated = args.null_terminated;
  options.color = parse_color_mode(args.color).value_or(ColorMode::automatic);
  if (args.width_given) options.width = args.width;
  options.show_source = args.show_source;
  options.escape_percent = args.escape_percent;
  return options;
}

void add_kind_argument(CLI::App& app, std::string& kind) {
  take_choices(app.add_option("KIND", kind, "Only this kind: quote, trivia, scene or egg"),
               kind_choices());
}

std::vector<Kind> kinds_named(const std::string& kind) {
  if (const auto parsed = parse_kind(kind)) return {*parsed};
  return {};
}

Expected<Selection, Error> to_selection(const CommonArgs& common, std::vector<Kind> kinds,
                                        const Environment& environment) {
  auto filter = to_filter(common.filters, std::move(kinds));
  LORE_TRY(filter);
  auto display = to_display(common.display, filter->kinds, common.from_config);
  LORE_TRY(display);
  return Selection{to_sources(common.datasets, environment, common.from_config), std::move(*filter),
                   std::move(*display)};
}

}  // namespace lore::cli
