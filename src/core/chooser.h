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

/// The positions of [0, size) that a partial Fisher-Yates shuffle puts first: `count`
/// distinct ones (at most `size`), in pick order. The same seed gives the same
/// positions, and nothing is read but the positions drawn.
std::vector<std::size_t> shuffled_positions(std::size_t size, std::size_t count, Random& random);

/// Picks from `candidates` as `choice` says, drawing on `random`. The same seed and
/// candidates always give the same picks.
std::vector<const Entry*> choose(std::vector<const Entry*> candidates, const Choice& choice,
                                 Random& random);

/// The seed of `--daily`: the same for a whole local day and one command, different
/// from day to day and from command to command.
std::uint64_t daily_seed(std::chrono::year_month_day date, std::string_view command);

/// The draw of entry DATASET:ID on the day whose seed is `day`: a number in (0, 1],
/// uniform over entries and independent of every other entry, so that a day's pick
/// (the highest draw, by rendezvous hashing) changes when an entry is added only if
/// the new entry draws higher.
double daily_draw(std::uint64_t day, std::string_view dataset, std::string_view id);

}  // namespace lore
