#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "commands/context.h"
#include "core/catalog_loader.h"
#include "core/chooser.h"
#include "core/error.h"
#include "core/filter.h"
#include "core/weighting.h"
#include "render/entry_printer.h"
#include "render/style.h"
#include "util/expected.h"
#include "util/random.h"

namespace lore {

/// How to choose among the entries that pass the filters.
struct ChoiceOptions {
  std::optional<std::uint64_t> seed;               ///< --seed
  std::optional<std::chrono::year_month_day> day;  ///< --daily (today) or --date
  Choice choice;                                   ///< --count, --all
  Weighting weighting;                             ///< --equal, --weight
};

/// How to print, before the environment is consulted.
struct DisplayOptions {
  OutputFormat format = OutputFormat::text;
  std::optional<EntryTemplate> entry_template;
  bool null_terminated = false;
  ColorMode color = ColorMode::automatic;
  std::optional<std::size_t> width;  ///< --width; 0 turns wrapping off.
  bool show_source = false;          ///< -c: each entry's DATASET:ID with it.
};

/// Loads the datasets and writes any warnings to the context's messages.
Expected<LoadedCatalog, Error> open_catalog(const DatasetSources& sources, Context& context);

/// The print options that `display` and the environment give together: the width from
/// --width, else COLUMNS, else the terminal; colour by use_color().
PrintOptions resolve_print_options(const DisplayOptions& display, const Environment& environment);

/// The random source for a command: seeded by --seed, by the day and command for
/// --daily/--date, else by the system's entropy.
Random make_random(const ChoiceOptions& options, std::string_view command,
                   const Environment& environment);

/// The error for a filter that left nothing, saying what was asked for.
Error no_match(const Catalog& catalog, const Filter& filter);

/// Picks from `candidates` by `options`, each dataset weighted as it says (for --daily,
/// by choose_daily(), so that the day's pick holds when entries are added); a
/// weighting that cannot hold for these datasets is a usage error.
Expected<std::vector<const Entry*>, Error> pick_entries(const Selection& candidates,
                                                        const ChoiceOptions& options,
                                                        std::string_view command,
                                                        const Catalog& catalog, Random& random);

/// The chance of each dataset of `catalog` under `weighting`, given the entries of
/// each that pass the filters (`candidates`).
Expected<std::vector<double>, Error> chances_of(const Catalog& catalog,
                                                const Selection& candidates,
                                                const Weighting& weighting);

/// A usage error unless `display` asks for text, json or jsonl with no template and no
/// NUL ends: what `command`, which prints no entries, can do. (Options given before a
/// subcommand are parsed by `lore` itself, which takes every format.)
Expected<void, Error> require_summary_format(const DisplayOptions& display,
                                             std::string_view command);

/// Prints and then reports any failure to write the output.
Expected<void, Error> finish_output(Output& out);

}  // namespace lore
