#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "commands/context.h"
#include "core/catalog.h"
#include "core/chooser.h"
#include "core/error.h"
#include "core/weighting.h"
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

/// The random source for a command: seeded by --seed, by the day and command for
/// --daily/--date, else by the system's entropy.
Random make_random(const ChoiceOptions& options, std::string_view command,
                   const Environment& environment);

/// Picks from `candidates` by `options`, each dataset weighted as it says (for --daily,
/// by choose_daily(), so that the day's pick holds when entries are added); a
/// weighting that cannot hold for these datasets is a usage error (config.toml's is
/// dropped with a warning on `messages`: settled_weighting).
Expected<std::vector<const Entry*>, Error> pick_entries(const Selection& candidates,
                                                        const ChoiceOptions& options,
                                                        std::string_view command,
                                                        const Catalog& catalog, Random& random,
                                                        Output& messages);

/// `weighting`, less config.toml's pins when they cannot hold for these datasets (one
/// names a dataset not there, they add up past 100): those are a warning on
/// `messages` at the setting, and the run goes on without them.
Weighting settled_weighting(const Catalog& catalog, const Selection& candidates,
                            const Weighting& weighting, Output& messages);

/// What is wrong with a weighting, as a usage message in the words of --weight.
std::string describe(const WeightingError& error);

/// The chance of each dataset of `catalog` under `weighting`, given the entries of
/// each that pass the filters (`candidates`).
Expected<std::vector<double>, Error> chances_of(const Catalog& catalog, const Selection& candidates,
                                                const Weighting& weighting);

}  // namespace lore
