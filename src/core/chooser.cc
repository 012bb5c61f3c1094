#include "core/chooser.h"

#include <algorithm>
#include <utility>

#include "util/date.h"

namespace lore {

std::vector<const Entry*> choose(std::vector<const Entry*> candidates, const Choice& choice,
                                 Random& random) {
  if (choice.all) return candidates;
  const std::size_t count = std::min(choice.count, candidates.size());
  // A partial Fisher-Yates shuffle: the first `count` places get distinct picks.
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t j = i + random.below(candidates.size() - i);
    std::swap(candidates[i], candidates[j]);
  }
  candidates.resize(count);
  return candidates;
}

std::uint64_t daily_seed(std::chrono::year_month_day date, std::string_view command) {
  std::string key = format_date(date);
  key += '/';
  key += command;
  return stable_hash(key);
}

}  // namespace lore
