#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/chooser.h"
#include "core/entry.h"
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

  bool is_default() const { return !equal && pins.empty(); }
};

/// Parses "NAME=PERCENT" (a number from 0 to 100).
Expected<Weighting::Pin, std::string> parse_weight(std::string_view text);

/// A dataset and how many entries it offers.
struct DatasetShare {
  std::string dataset;
  std::size_t entries = 0;
};

/// The chance (0 to 1) of each dataset in `shares`: pinned ones get their percentage,
/// the rest share the remainder, by their entries (or equally with `equal`). The
/// error, for a usage message, names what is wrong: an unknown dataset, a dataset
/// pinned twice, pins adding up past 100, or every dataset pinned and the pins short
/// of 100 (fortune-mod accepts both and picks wrongly). A dataset with no entries
/// gets no chance and the others are scaled up to make 1; when only empty datasets
/// were weighted, the others share everything by size.
Expected<std::vector<double>, std::string> dataset_chances(const std::vector<DatasetShare>& shares,
                                                           const Weighting& weighting);

/// Picks as `choice` says, a dataset by its chance and then an entry of it uniformly,
/// without repeats. With the default weighting every entry is equally likely and the
/// picks are those of choose().
std::vector<const Entry*> choose_weighted(std::vector<const Entry*> candidates,
                                          const Choice& choice, const Weighting& weighting,
                                          const std::vector<std::string>& datasets, Random& random);

}  // namespace lore
