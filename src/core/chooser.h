#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/entry.h"
#include "util/random.h"

namespace lore {

/// How many entries to pick.
struct Choice {
  std::size_t count = 1;  ///< Distinct entries, at most as many as there are.
  bool all = false;       ///< Every candidate, in dataset order.
};

/// Picks from `candidates` as `choice` says, drawing on `random`. The same seed and
/// candidates always give the same picks.
std::vector<const Entry*> choose(std::vector<const Entry*> candidates, const Choice& choice,
                                 Random& random);

/// The seed of `--daily`: the same for a whole local day and one command, different
/// from day to day and from command to command.
std::uint64_t daily_seed(std::chrono::year_month_day date, std::string_view command);

}  // namespace lore
