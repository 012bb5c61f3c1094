#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/chooser.h"
#include "core/diagnostic.h"
#include "core/entry.h"
#include "core/filter.h"
#include "util/expected.h"
#include "util/random.h"

namespace lore {

/// How likely each dataset is to be picked.
struct Weighting {
  bool equal = false;  ///< -e: every dataset the same chance; else by its size.
  struct Pin {
    std::string dataset;
    double percent = 0;
  };
  std::vector<Pin> pins;  ///< --weight NAME=PERCENT
  /// Set when the pins came from config.toml: pins that cannot hold are then dropped
  /// with a warning at the setting, not an error.
  std::optional<SettingOrigin> pins_from_config;

  bool is_default() const { return !equal && pins.empty(); }
};

/// Parses "NAME=PERCENT" (a number from 0 to 100).
Expected<Weighting::Pin, std::string> parse_weight(std::string_view text);

/// A dataset and how many entries it offers.
struct DatasetShare {
  std::string dataset;
  std::size_t entries = 0;
};

/// Why a weighting cannot hold, for the command line to word.
struct WeightingError {
  enum class Problem {
    unknown_dataset,     ///< A pin names no dataset (`dataset`).
    pinned_twice,        ///< `dataset` is pinned twice.
    over_a_hundred,      ///< The pins add up to `percent`, past 100.
    short_of_a_hundred,  ///< Every dataset is pinned, and the pins make only `percent`.
  };
  Problem problem;
  std::string dataset;
  double percent = 0;
  bool operator==(const WeightingError&) const = default;
};

/// The chance (0 to 1) of each dataset in `shares`: pinned ones get their percentage,
/// the rest share the remainder, by their entries (or equally with `equal`). The
/// error says what is wrong: an unknown dataset, a dataset pinned twice, pins adding
/// up past 100, or every dataset pinned and the pins short of 100 (fortune-mod accepts
/// both and picks wrongly). A dataset with no entries gets no chance and the others
/// are scaled up to make 1; when only empty datasets were weighted, the others share
/// everything by size.
Expected<std::vector<double>, WeightingError> dataset_chances(
    const std::vector<DatasetShare>& shares, const Weighting& weighting);

/// A pick from pools: which pool, and which place in it.
struct PoolPosition {
  std::size_t pool = 0;
  std::size_t position = 0;
  bool operator==(const PoolPosition&) const = default;
};

/// Picks `count` places from pools of the sizes `shares` gives (one per dataset), a pool
/// by its chance and then a place in it uniformly, without repeats; each pick's chances
/// are those of what is left.
std::vector<PoolPosition> weighted_positions(std::vector<DatasetShare> shares, std::size_t count,
                                             const Weighting& weighting, Random& random);

/// Picks as `choice` says, a dataset by its chance and then an entry of it uniformly,
/// without repeats. With the default weighting every entry is equally likely and the
/// picks are those of choose().
std::vector<const Entry*> choose_weighted(std::vector<const Entry*> candidates,
                                          const Choice& choice, const Weighting& weighting,
                                          const std::vector<std::string>& datasets, Random& random);

/// The same picks as choose_weighted() over the entries of `selection` (`datasets` names
/// every dataset of the catalog, in order), reading only the entries picked.
std::vector<const Entry*> choose_weighted(const Selection& selection, const Choice& choice,
                                          const Weighting& weighting,
                                          const std::vector<std::string>& datasets, Random& random);

/// The picks of --daily: each entry's daily_draw() for the day whose seed is `day`,
/// weighed by its share of its dataset's chance (weighted rendezvous hashing); the
/// `choice.count` strongest, strongest first. Adding an entry changes a day's pick only
/// when the new entry wins (with the default weighting, where every entry weighs the
/// same).
std::vector<const Entry*> choose_daily(const Selection& selection, const Choice& choice,
                                       const Weighting& weighting,
                                       const std::vector<std::string>& datasets, std::uint64_t day);

}  // namespace lore
