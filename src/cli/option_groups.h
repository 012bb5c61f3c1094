#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "commands/choosing.h"
#include "commands/loading.h"
#include "commands/printing.h"

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace lore::cli {

/// The options shared by several subcommands, as CLI11 fills them. Each group has an
/// add_* that declares it on a (sub)command and a to_* that validates it once into the
/// options the commands take. One instance is bound to `lore` and to every subcommand,
/// so an option may stand before or after the subcommand's name; for that reason the
/// conflicts between options are checked in to_*, not by CLI11, which sees one app.
/// A command that takes only some options of a group names them with a mask of Parts:
/// it lists only the options it honours, and refuses the others.

/// The --help headings of the groups, which lore(1) and the completions follow too.
inline constexpr std::string_view kDatasetsGroup = "Datasets";
inline constexpr std::string_view kFiltersGroup = "Filters";
inline constexpr std::string_view kChoosingGroup = "Choosing";
inline constexpr std::string_view kOutputGroup = "Output";

/// The parts of the groups, as bits of a mask: which of a group's options a command
/// takes (the quiz takes some filters, --seed, --color and --width).
enum Part : unsigned {
  kTags = 1U << 0,             ///< -t/--tag
  kExcludedTags = 1U << 1,     ///< -x/--exclude-tag
  kSpeaker = 1U << 2,          ///< --speaker
  kCategory = 1U << 3,         ///< --category
  kLength = 1U << 4,           ///< -s/--short, -l/--long, --length
  kSpoilers = 1U << 5,         ///< --spoilers
  kSeed = 1U << 6,             ///< --seed
  kDaily = 1U << 7,            ///< --daily, --date
  kCount = 1U << 8,            ///< -n/--count, -a/--all
  kWeighting = 1U << 9,        ///< -e/--equal, --weight
  kFormat = 1U << 10,          ///< -f/--format: text, json and jsonl
  kTsv = 1U << 11,             ///< --format tsv
  kDatasetFormats = 1U << 12,  ///< --format toml and fortune: whole files; --escape-percent
  kTemplate = 1U << 13,        ///< --template
  kNull = 1U << 14,            ///< -0/--null
  kShowSource = 1U << 15,      ///< -c/--show-source
  kColor = 1U << 16,           ///< --color
  kWidth = 1U << 17,           ///< -w/--width
  kAllFilters = kTags | kExcludedTags | kSpeaker | kCategory | kLength | kSpoilers,
  kAllChoosing = kSeed | kDaily | kCount | kWeighting,
  /// What commands that print entries take beside text, json and jsonl.
  kEntryFormats = kTsv | kDatasetFormats | kTemplate | kNull | kShowSource,
  kAllOutput = kFormat | kEntryFormats | kColor | kWidth,
};
using Parts = unsigned;

/// A setting of config.toml given to an option after the command line was parsed: where
/// it stands, and how many values it added (the last ones of a list).
struct AppliedSetting {
  SettingOrigin origin;
  std::size_t values = 0;
};
using AppliedSettings = std::vector<AppliedSetting>;

/// The setting of `key` among `settings`, or null.
const AppliedSetting* find_setting(const AppliedSettings& settings, std::string_view key);

struct DatasetArgs {
  std::vector<std::string> files;
  bool no_default = false;
  std::vector<std::string> only;
  bool no_cache = false;
};
void add_dataset_options(CLI::App& app, DatasetArgs& args);
/// The datasets to load: the built-in one, those on the search path that
/// `environment` gives, and --data (`-` is standard input; `~` and `$HOME` are
/// expanded). What config.toml gave (`from_config`) is kept apart, so that a dataset
/// it names that is missing, or a -d name no dataset has, is a warning.
DatasetSources to_sources(const DatasetArgs& args, const Environment& environment,
                          const AppliedSettings& from_config = {});

struct FilterArgs {
  std::vector<std::string> tags;
  std::vector<std::string> excluded_tags;
  std::string speaker;
  std::string category;
  bool short_only = false;
  bool long_only = false;
  std::size_t length_cutoff = kDefaultLengthCutoff;
  bool spoilers = false;
};
void add_filter_options(CLI::App& app, FilterArgs& args, Parts parts = kAllFilters);
Expected<Filter, Error> to_filter(const FilterArgs& args, std::vector<Kind> kinds);

struct ChoiceArgs {
  std::uint64_t seed = 0;
  bool seed_given = false;
  bool daily = false;
  std::string date;
  bool date_given = false;
  std::size_t count = 1;
  bool count_given = false;
  bool all = false;
  bool equal = false;
  std::vector<std::string> weights;
};
void add_choice_options(CLI::App& app, ChoiceArgs& args, Parts parts = kAllChoosing);
/// The choice options; weights from config.toml (`from_config`) are marked as such, so
/// that one naming no dataset is a warning.
Expected<ChoiceOptions, Error> to_choice(const ChoiceArgs& args, const Environment& environment,
                                         const AppliedSettings& from_config = {});

struct DisplayArgs {
  std::string format = "text";
  bool format_given = false;
  std::string template_text;
  bool template_given = false;
  bool null_terminated = false;
  std::string color = "auto";
  std::size_t width = 0;
  bool width_given = false;
  bool show_source = false;
  bool escape_percent = false;
};
void add_display_options(CLI::App& app, DisplayArgs& args, Parts parts = kAllOutput);
/// The output options; a --template is checked against the fields of `kinds`, the
/// kinds the command prints. Empty `kinds` (show, list, search: any kind): config.toml's
/// template (in `from_config`) is checked against every kind, the command line's once
/// the kinds printed are known.
Expected<DisplayOptions, Error> to_display(const DisplayArgs& args,
                                           std::span<const Kind> kinds = {},
                                           const AppliedSettings& from_config = {});

/// Every group, as `lore` itself and the subcommands share them.
struct CommonArgs {
  DatasetArgs datasets;
  FilterArgs filters;
  ChoiceArgs choice;
  DisplayArgs display;
  AppliedSettings from_config;  ///< What config.toml gave, in the order given.
};

/// The optional KIND argument of list, sources and export.
void add_kind_argument(CLI::App& app, std::string& kind);

/// The kinds a KIND argument names: that one, or all when it is empty.
std::vector<Kind> kinds_named(const std::string& kind);

/// What every selecting command takes, validated: datasets, filters and output.
struct Selection {
  DatasetSources sources;
  Filter filter;
  DisplayOptions display;
};
Expected<Selection, Error> to_selection(const CommonArgs& common, std::vector<Kind> kinds,
                                        const Environment& environment);

}  // namespace lore::cli
