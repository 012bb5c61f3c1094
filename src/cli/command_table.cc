#include "cli/command_table.h"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "cli/choices.h"
#include "cli/value_checks.h"

#include <array>
#include <limits>
#include <memory>

#include "commands/add_command.h"
#include "commands/cache_command.h"
#include "commands/config_command.h"
#include "commands/export_command.h"
#include "commands/import_command.h"
#include "commands/info_command.h"
#include "commands/list_command.h"
#include "commands/pick_command.h"
#include "commands/quiz_command.h"
#include "commands/search_command.h"
#include "commands/show_command.h"
#include "commands/sources_command.h"
#include "commands/tags_command.h"
#include "commands/validate_command.h"
#include "core/embedded_dataset.h"
#include "core/schema.h"
#include "util/text_wrap.h"

namespace lore::cli {

namespace {

/// What quiz and validate print: text, or one JSON record.
std::vector<Choice> quiz_formats() {
  std::vector<Choice> formats = format_choices(false);
  std::erase_if(formats, [](const Choice& format) { return format.value == "jsonl"; });
  return formats;
}

std::string lowercase_first(std::string text) {
  if (!text.empty() && text.front() >= 'A' && text.front() <= 'Z') {
    text.front() = static_cast<char>(text.front() - 'A' + 'a');
  }
  return text;
}

/// The groups every selecting command takes.
void add_selection_groups(CLI::App& app, CommonArgs& common) {
  add_dataset_options(app, common.datasets);
  add_filter_options(app, common.filters);
}

/// The command that runs `run` on `options` (typed and validated by then).
template <typename Options>
Command command_for(Expected<void, Error> (*run)(const Options&, Context&), Options options) {
  return [run, options = std::move(options)](Context& context) { return run(options, context); };
}

Preparer pick_preparer(std::string_view command, std::vector<Kind> kinds, CommonArgs& common,
                       const bool* ask_questions) {
  return [command, kinds = std::move(kinds), &common,
          ask_questions](const Environment& environment) -> Expected<Command, Error> {
    auto choice = to_choice(common.choice, environment, common.from_config);
    LORE_TRY(choice);
    auto selection = to_selection(common, kinds, environment);
    LORE_TRY(selection);
    return command_for(&run_pick, PickOptions{std::string(command), std::move(selection->sources),
                                              std::move(selection->filter), std::move(*choice),
                                              std::move(selection->display),
                                              ask_questions != nullptr && *ask_questions});
  };
}

template <Kind kind>
Preparer setup_pick_kind(CLI::App& app, CommonArgs& common) {
  add_selection_groups(app, common);
  add_choice_options(app, common.choice);
  add_display_options(app, common.display);
  const bool* ask_questions = nullptr;
  if constexpr (kind == Kind::trivia) {
    auto flag = std::make_shared<bool>(false);
    app.add_flag("-q,--question", *flag, "Print the question, with its answer beneath");
    // The preparer owns the flag's storage; CLI11 writes through the reference.
    ask_questions = flag.get();
    Preparer prepare = pick_preparer(kind_name(kind), {kind}, common, ask_questions);
    return [flag, prepare](const Environment& environment) { return prepare(environment); };
  }
  return pick_preparer(kind_name(kind), {kind}, common, ask_questions);
}

Preparer setup_random(CLI::App& app, CommonArgs& common) {
  add_selection_groups(app, common);
  add_choice_options(app, common.choice);
  add_display_options(app, common.display);
  return pick_preparer("random", {}, common, nullptr);
}

Preparer setup_show(CLI::App& app, CommonArgs& common) {
  auto ids = std::make_shared<std::vector<std::string>>();
  app.add_option("ID", *ids, "Entry ids, or DATASET:ID")->required()->take_all();
  add_dataset_options(app, common.datasets);
  add_display_options(app, common.display);
  return [ids, &common](const Environment& environment) -> Expected<Command, Error> {
    auto display = to_display(common.display, {}, common.from_config);
    LORE_TRY(display);
    return command_for(
        &run_show, ShowOptions{*ids, to_sources(common.datasets, environment, common.from_config),
                               std::move(*display)});
  };
}

Preparer setup_list(CLI::App& app, CommonArgs& common) {
  auto kind = std::make_shared<std::string>();
  add_kind_argument(app, *kind);
  add_selection_groups(app, common);
  add_display_options(app, common.display);
  return [kind, &common](const Environment& environment) -> Expected<Command, Error> {
    auto selection = to_selection(common, kinds_named(*kind), environment);
    LORE_TRY(selection);
    return command_for(&run_list,
                       ListOptions{std::move(selection->sources), std::move(selection->filter),
                                   std::move(selection->display)});
  };
}

Preparer setup_search(CLI::App& app, CommonArgs& common) {
  struct Args {
    std::string pattern;
    bool ignore_case = false;
  };
  auto args = std::make_shared<Args>();
  app.add_option("PATTERN", args->pattern, "An RE2 regular expression")->required();
  app.add_flag("-i,--ignore-case", args->ignore_case, "Match regardless of case");
  add_selection_groups(app, common);
  add_display_options(app, common.display);
  return [args, &common](const Environment& environment) -> Expected<Command, Error> {
    auto selection = to_selection(common, {}, environment);
    LORE_TRY(selection);
    return command_for(
        &run_search, SearchOptions{args->pattern, args->ignore_case, std::move(selection->sources),
                                   std::move(selection->filter), std::move(selection->display)});
  };
}

Preparer setup_info(CLI::App& app, CommonArgs& common) {
  add_dataset_options(app, common.datasets);
  add_display_options(app, common.display, kFormat | kColor | kWidth);
  return [&common](const Environment& environment) -> Expected<Command, Error> {
    auto display = to_display(common.display);
    LORE_TRY(display);
    return command_for(&run_info,
                       InfoOptions{to_sources(common.datasets, environment, common.from_config),
                                   std::move(*display)});
  };
}

Preparer setup_tags(CLI::App& app, CommonArgs& common) {
  add_selection_groups(app, common);
  // A tag and its count: no colour, no wrapping, no entries to template.
  add_display_options(app, common.display, kFormat | kTsv | kNull);
  return [&common](const Environment& environment) -> Expected<Command, Error> {
    auto selection = to_selection(common, {}, environment);
    LORE_TRY(selection);
    return command_for(&run_tags,
                       TagsOptions{std::move(selection->sources), std::move(selection->filter),
                                   std::move(selection->display)});
  };
}

Preparer setup_quiz(CLI::App& app, CommonArgs& common) {
  struct Args {
    QuizOptions options;
    double pass = 0;
    bool pass_given = false;
    std::string format = "text";
    bool no_save = false;
  };
  auto args = std::make_shared<Args>();
  QuizOptions& options = args->options;
  app.add_option("-n,--count", options.count, "Ask N questions, 1 or more (default 10)")
      ->type_name("N")
      ->transform(whole_number({"N", 1, std::numeric_limits<std::size_t>::max()}));
  app.add_flag("-m,--choices", options.multiple_choice,
               "Multiple choice: pick an option by letter or number");
  app.add_flag("--review", options.review, "Ask the questions that are due first");
  app.add_flag("--review-only", options.review_only,
               "Ask only the questions that are due; none due: say so and exit 0");
  app.add_flag("--stats", options.stats, "Show accuracy per category and the weakest questions");
  app.add_flag("--no-save", args->no_save, "Record nothing in the progress file");
  app.add_option("--pass", args->pass,
                 "Exit with status 1 when the score is under PERCENT, from 0 to 100")
      ->type_name("PERCENT")
      ->check(number_from("PERCENT", 0, 100))
      ->each([args](const std::string&) { args->pass_given = true; });
  // The shared groups, so that a default in config.toml (spoilers, color, width)
  // applies to the quiz too.
  add_dataset_options(app, common.datasets);
  add_filter_options(app, common.filters, kTags | kCategory | kSpoilers);
  add_choice_options(app, common.choice, kSeed);
  take_choices(app.add_option("-f,--format", args->format,
                              "Output format: text or json (one record of the whole quiz)")
                   ->type_name("FORMAT")
                   ->group(std::string(kOutputGroup)),
               quiz_formats());
  add_display_options(app, common.display, kColor | kWidth);
  return [args, &common](const Environment& environment) -> Expected<Command, Error> {
    QuizOptions quiz = args->options;
    quiz.sources = to_sources(common.datasets, environment, common.from_config);
    quiz.filter.tags = common.filters.tags;
    quiz.filter.category = common.filters.category;
    quiz.filter.include_spoilers = common.filters.spoilers;
    quiz.save = !args->no_save;
    if (args->pass_given) quiz.pass = args->pass;
    if (common.choice.seed_given) quiz.seed = common.choice.seed;
    quiz.json = args->format == "json";
    quiz.color = parse_color_mode(common.display.color).value_or(ColorMode::automatic);
    if (common.display.width_given) quiz.width = common.display.width;
    return command_for(&run_quiz_command, std::move(quiz));
  };
}

Preparer setup_sources(CLI::App& app, CommonArgs& common) {
  auto kind = std::make_shared<std::string>();
  add_kind_argument(app, *kind);
  add_selection_groups(app, common);
  add_choice_options(app, common.choice, kWeighting);
  // A table of datasets: no wrapping.
  add_display_options(app, common.display, kFormat | kColor);
  return [kind, &common](const Environment& environment) -> Expected<Command, Error> {
    auto choice = to_choice(common.choice, environment, common.from_config);
    LORE_TRY(choice);
    auto selection = to_selection(common, kinds_named(*kind), environment);
    LORE_TRY(selection);
    return command_for(&run_sources,
                       SourcesOptions{std::move(selection->sources), std::move(selection->filter),
                                      std::move(choice->weighting), std::move(selection->display)});
  };
}

Preparer setup_validate(CLI::App& app, CommonArgs& /*common*/) {
  struct Args {
    std::vector<std::string> paths;
    std::string format = "text";
    std::size_t max_errors = ValidateOptions{}.max_errors;
  };
  auto args = std::make_shared<Args>();
  app.add_option("PATH", args->paths, "Dataset files, or folders of them; - for standard input")
      ->required()
      ->take_all();
  app.add_option(
         "--max-errors", args->max_errors,
         fmt::format("Show at most N problems per file (default {}; 0: all)", args->max_errors))
      ->type_name("N")
      ->transform(whole_number({"N", 0, std::numeric_limits<std::size_t>::max()}));
  take_choices(app.add_option("-f,--format", args->format,
                              "Output format: text or json (the problems as records)")
                   ->type_name("FORMAT"),
               quiz_formats());
  return [args](const Environment&) -> Expected<Command, Error> {
    return command_for(&run_validate,
                       ValidateOptions{args->paths, args->format == "json", args->max_errors});
  };
}

Preparer setup_export(CLI::App& app, CommonArgs& common) {
  auto kind = std::make_shared<std::string>();
  add_kind_argument(app, *kind);
  add_selection_groups(app, common);
  add_display_options(app, common.display);
  return [kind, &common](const Environment& environment) -> Expected<Command, Error> {
    // A whole dataset unless another format is asked for (on a copy: preparing twice,
    // as for config.toml's settings alone, must not change what CLI11 filled).
    CommonArgs args = common;
    if (!args.display.format_given && !args.display.template_given) args.display.format = "toml";
    auto selection = to_selection(args, kinds_named(*kind), environment);
    LORE_TRY(selection);
    return command_for(&run_export,
                       ExportOptions{std::move(selection->sources), std::move(selection->filter),
                                     std::move(selection->display)});
  };
}

/// The option of `lore add` for each field: lists take one value per use, under a
/// singular name (--tag, --choice, --character).
std::string add_option_name(std::string_view field) {
  if (field == "tags") return "--tag";
  if (field == "choices") return "--choice";
  if (field == "characters") return "--character";
  return fmt::format("--{}", field);
}

Preparer setup_add(CLI::App& app, CommonArgs& /*common*/) {
  auto options = std::make_shared<AddOptions>();
  auto kind = std::make_shared<std::string>();
  std::vector<Choice> kinds = kind_choices();
  std::erase_if(kinds, [](const Choice& choice) { return !choice.offered; });
  take_choices(app.add_option("KIND", *kind, "quote, trivia, scene or egg")->required(), kinds);
  app.add_option("--to", options->to, "The dataset FILE (by default $XDG_DATA_HOME/lore/mine.toml)")
      ->type_name("FILE");
  app.add_flag("--spoiler", options->spoiler, "Mark the entry as giving the ending away");
  const std::string group(kEntryFieldsGroup);
  for (const std::string_view field : all_field_names()) {
    if (field == "spoiler") continue;
    const std::string name(field);
    const std::string option_name = add_option_name(field);
    // What to type, as the option names it: --tag TAG, --order ORDER.
    std::string value_name = option_name.substr(2);
    for (char& c : value_name) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    bool list = false;
    for (const Kind each : kAllKinds) {
      const FieldSpec* spec = find_field(each, field);
      list = list || (spec != nullptr && spec->type == FieldType::string_list);
    }
    const std::string description = list ? fmt::format("One of the entry's {} (repeatable)", field)
                                         : fmt::format("The entry's {}", field);
    auto* option = app.add_option(option_name, description)
                       ->type_name(value_name)
                       ->each([options, name](const std::string& value) {
                         options->fields[name].push_back(value);
                       })
                       ->group(group);
    if (find_field(Kind::quote, field) == nullptr || field == "tags") {
      option->take_all();
    }
  }
  return [options, kind](const Environment&) -> Expected<Command, Error> {
    AddOptions add = *options;
    add.kind = parse_kind(*kind).value_or(Kind::quote);
    auto checked = check_add_fields(add);
    LORE_TRY(checked);
    return command_for(&run_add, std::move(add));
  };
}

Preparer setup_config(CLI::App& app, CommonArgs& /*common*/) {
  auto options = std::make_shared<ConfigOptions>();
  app.add_flag("--path", options->path_only,
               "Print only where the configuration file is read from");
  return [options](const Environment&) -> Expected<Command, Error> {
    return command_for(&run_config, *options);
  };
}

Preparer setup_cache(CLI::App& app, CommonArgs& common) {
  struct Args {
    std::string action;
    std::vector<std::string> paths;
  };
  auto args = std::make_shared<Args>();
  const std::vector<Choice> actions = own_choices({
      {"path", "Print the cache folder", true},
      {"clear", "Remove every index", true},
      {"build", "Index each dataset file anew", true},
  });
  std::vector<std::string> described;
  for (const Choice& action : actions) {
    described.push_back(fmt::format("{} to {}", action.value, lowercase_first(action.description)));
  }
  take_choices(app.add_option("ACTION", args->action,
                              fmt::format("What to do: {} ({})", in_words(values_of(actions)),
                                          fmt::join(described, "; ")))
                   ->required(),
               actions);
  app.add_option("PATH", args->paths,
                 "For build: dataset files or folders (default: every dataset on the search "
                 "path)")
      ->take_all();
  return [args, &common](const Environment&) -> Expected<Command, Error> {
    if (common.datasets.no_cache) {
      return usage_error("there is no index cache: --no-cache is given");
    }
    CacheOptions options;
    options.action = args->action == "clear"   ? CacheOptions::Action::clear
                     : args->action == "build" ? CacheOptions::Action::build
                                               : CacheOptions::Action::path;
    if (!args->paths.empty() && options.action != CacheOptions::Action::build) {
      return usage_error(fmt::format("cache {} takes no PATH", args->action));
    }
    options.paths = args->paths;
    return command_for(&run_cache, std::move(options));
  };
}

Preparer setup_import(CLI::App& app, CommonArgs& /*common*/) {
  auto options = std::make_shared<ImportOptions>();
  auto format = std::make_shared<std::string>();
  take_choices(app.add_option("FORMAT", *format, "The format to import: fortune")->required(),
               own_choices({{"fortune", "fortune files: cookies between % lines", true}}));
  app.add_option("FILE", options->files, "fortune files (cookies between '%' lines)")
      ->required()
      ->take_all();
  app.add_flag("--rot13", options->rot13, "The files are rot13-encoded, as fortune's offensive");
  app.add_option("-o,--output", options->output,
                 "Write the dataset to FILE (atomically), not stdout; never an input")
      ->type_name("FILE");
  app.add_flag("--force", options->force, "Let -o replace a file that exists");
  app.add_option("--id", options->dataset_id,
                 "The dataset's id (by default the file's name, or the files' folder's)")
      ->type_name("NAME");
  app.add_option("--title", options->title, "The dataset's title (by default the id's name)")
      ->type_name("TITLE");
  // The preparer owns what CLI11 writes into.
  return [options, format](const Environment&) -> Expected<Command, Error> {
    ImportOptions import = *options;
    import.reserved_id = embedded::builtin_dataset().info().id;
    return command_for(&run_import, std::move(import));
  };
}

const std::array kCommands = {
    CommandSpec{"quote", "Print a random quote",
                "  lore quote\n  lore quote --daily\n  lore quote -n 3 --format json",
                &setup_pick_kind<Kind::quote>},
    CommandSpec{"trivia", "Print a random trivia fact",
                "  lore trivia\n  lore trivia --question --category cast",
                &setup_pick_kind<Kind::trivia>},
    CommandSpec{"scene", "Print a random scene", "  lore scene\n  lore scene --spoilers --all",
                &setup_pick_kind<Kind::scene>},
    CommandSpec{"egg", "Print a random easter egg", "  lore egg\n  lore egg --seed 7",
                &setup_pick_kind<Kind::egg>},
    CommandSpec{"random", "Print a random entry of any kind",
                "  lore random\n  lore random -n 5 --format tsv", &setup_random},
    CommandSpec{"show", "Print the entries with these ids",
                "  lore show director\n  lore show io:director --format json", &setup_show},
    CommandSpec{
        "list", "List matching entries, one line each",
        "  lore list\n  lore list trivia --category cast\n  lore list --format tsv | cut -f1",
        &setup_list},
    CommandSpec{"search", "Print entries whose text matches a regular expression",
                "  lore search hope\n  lore search --spoilers bees\n  lore search -i 'earth|home' "
                "--format jsonl",
                &setup_search},
    CommandSpec{"quiz", "Quiz yourself on the trivia, with forgiving answers",
                "  lore quiz\n  lore quiz -m --category cast\n  lore quiz --review\n"
                "  lore quiz --stats\n  printf 'Jonathan Helpert\\n' | lore quiz -n 1 --category "
                "crew --format json",
                &setup_quiz},
    CommandSpec{
        "sources", "List the datasets found, with their chance of being picked",
        "  lore sources\n  lore sources quote --weight mine=50\n  lore sources --format json",
        &setup_sources},
    CommandSpec{"validate", "Check dataset files and report every problem",
                "  lore validate mine.toml\n  lore validate ~/.local/share/lore --format json",
                &setup_validate},
    CommandSpec{"export", "Print the selected entries as one dataset (TOML by default)",
                "  lore export > io.toml\n  lore export quote --format fortune > io\n"
                "  lore export --spoilers -d io --format json",
                &setup_export},
    CommandSpec{"add", "Append an entry to your own dataset",
                "  lore add quote --text 'So it goes.' --speaker 'Kurt Vonnegut' --tag books\n"
                "  lore add trivia --fact 'IO premiered at Sundance.' --category release",
                &setup_add},
    CommandSpec{"config", "Show the configuration file (defaults for any long option)",
                "  lore config --path\n  mkdir -p \"$(dirname \"$(lore config --path)\")\"\n"
                "  printf 'color = \"never\"\\nspoilers = true\\n' >> \"$(lore config --path)\"",
                &setup_config},
    CommandSpec{"cache", "Show, clear or build the index cache of your datasets",
                "  lore cache path\n  lore cache build ~/.local/share/lore/big.toml\n"
                "  lore cache clear",
                &setup_cache},
    CommandSpec{"import", "Turn fortune files into a lore dataset",
                "  lore import fortune /usr/share/games/fortunes/science -o science.toml\n"
                "  lore import fortune --rot13 off/limerick > limerick.toml",
                &setup_import},
    CommandSpec{"info", "Describe the datasets and count their entries",
                "  lore info\n  lore info --format json", &setup_info},
    CommandSpec{"tags", "List the tags with the number of entries for each",
                "  lore tags\n  lore tags --format tsv", &setup_tags},
};

}  // namespace

std::span<const CommandSpec> command_table() {
  return kCommands;
}

Preparer setup_default(CLI::App& app, CommonArgs& common) {
  auto kind = std::make_shared<std::string>();
  add_selection_groups(app, common);
  take_choices(app.add_option("--kind", *kind,
                              "Print only this kind: quote, trivia, scene or egg (default: any)")
                   ->type_name("KIND")
                   ->group(std::string(kFiltersGroup)),
               kind_choices());
  add_choice_options(app, common.choice);
  add_display_options(app, common.display);
  return [kind, &common](const Environment& environment) {
    const std::vector<Kind> kinds = kinds_named(*kind);
    // Any kind is `lore random`; one kind is that kind's command, --daily included, so
    // `lore --kind quote --daily` is the day's `lore quote --daily`.
    const std::string command = kinds.empty() ? "random" : std::string(kind_name(kinds.front()));
    return pick_preparer(command, kinds, common, nullptr)(environment);
  };
}

}  // namespace lore::cli
