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

Expected<std::vector<double>, Error> chances_of(const Catalog& catalog, const Selection& candidates,
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
  if (!chances) return usage_error(describe(chances.error()));
  return std::move(*chances);
}

Expected<std::vector<const Entry*>, Error> pick_entries(const Selection& candidates,
                                                        const ChoiceOptions& options,
                                                        std::string_view command,
                                                        const Catalog& catalog, Random& random) {
  auto chances = chances_of(catalog, candidates, options.weighting);
  LORE_TRY(chances);
  std::vector<std::string> names;
  for (const Dataset& dataset : catalog.datasets()) names.push_back(dataset.info().id);
  if (options.day && !options.seed) {
    return choose_daily(candidates, options.choice, options.weighting, names,
                        daily_seed(*options.day, command));
  }
  return choose_weighted(candidates, options.choice, options.weighting, names, random);
}

}  // namespace lore
