#include "commands/choosing.h"

namespace lore {

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
  if (!chances) return usage_error(std::move(chances.error()));
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
