#include "commands/choosing.h"

#include <fmt/format.h>

namespace lore {

std::string describe(const WeightingError& error) {
  switch (error.problem) {
    case WeightingError::Problem::unknown_dataset:
      return fmt::format("--weight: no dataset named '{}'", error.dataset);
    case WeightingError::Problem::pinned_twice:
      return fmt::format("--weight: dataset '{}' is weighted twice", error.dataset);
    case WeightingError::Problem::over_a_hundred:
      return fmt::format("--weight: the weights add up to {:g}%, more than 100%", error.percent);
    case WeightingError::Problem::short_of_a_hundred: break;
  }
  return fmt::format(
      "--weight: every dataset is weighted and the weights add up to only {:g}%; they must "
      "make 100%, or leave a dataset unweighted to take the rest",
      error.percent);
}

Random make_random(const ChoiceOptions& options, std::string_view command,
                   const Environment& environment) {
  if (options.seed) return Random(*options.seed);
  if (options.day) return Random(daily_seed(*options.day, command));
  return Random(environment.entropy_seed);
}

namespace {

std::vector<DatasetShare> shares_of(const Catalog& catalog, const Selection& candidates) {
  std::vector<DatasetShare> shares;
  for (const Dataset& dataset : catalog.datasets()) {
    std::size_t entries = 0;
    for (const Selection::Part& part : candidates.parts()) {
      if (&part.dataset() == &dataset) entries += part.size();
    }
    shares.push_back({dataset.info().id, entries});
  }
  return shares;
}

}  // namespace

Weighting settled_weighting(const Catalog& catalog, const Selection& candidates,
                            const Weighting& weighting, Output& messages) {
  if (!weighting.pins_from_config) return weighting;
  auto chances = dataset_chances(shares_of(catalog, candidates), weighting);
  if (chances) return weighting;
  // config.toml's weights, written before the dataset they name was there: the run goes
  // on without them.
  messages.write(
      format_diagnostic(weighting.pins_from_config->ignored_because(describe(chances.error()))) +
      "\n");
  Weighting unpinned = weighting;
  unpinned.pins.clear();
  unpinned.pins_from_config.reset();
  return unpinned;
}

Expected<std::vector<double>, Error> chances_of(const Catalog& catalog, const Selection& candidates,
                                                const Weighting& weighting) {
  auto chances = dataset_chances(shares_of(catalog, candidates), weighting);
  if (!chances) return usage_error(describe(chances.error()));
  return std::move(*chances);
}

Expected<std::vector<const Entry*>, Error> pick_entries(const Selection& candidates,
                                                        const ChoiceOptions& options,
                                                        std::string_view command,
                                                        const Catalog& catalog, Random& random,
                                                        Output& messages) {
  const Weighting weighting = settled_weighting(catalog, candidates, options.weighting, messages);
  auto chances = chances_of(catalog, candidates, weighting);
  LORE_TRY(chances);
  std::vector<std::string> names;
  for (const Dataset& dataset : catalog.datasets()) names.push_back(dataset.info().id);
  if (options.day && !options.seed) {
    return choose_daily(candidates, options.choice, weighting, names,
                        daily_seed(*options.day, command));
  }
  return choose_weighted(candidates, options.choice, weighting, names, random);
}

}  // namespace lore
