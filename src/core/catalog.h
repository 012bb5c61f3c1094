#pragma once

#include <deque>
#include <string_view>
#include <vector>

#include "core/dataset.h"

namespace lore {

/// Every dataset in use, in the order they were loaded.
class Catalog {
 public:
  void add(Dataset dataset) { datasets_.push_back(std::move(dataset)); }

  /// Drops the datasets for which `keep` is false.
  template <typename Predicate>
  void retain(Predicate keep) {
    std::erase_if(datasets_, [&keep](const Dataset& dataset) { return !keep(dataset); });
  }

  const std::deque<Dataset>& datasets() const { return datasets_; }

  /// How many entries the datasets hold together.
  std::size_t size() const;

  /// Every entry of every dataset, in dataset order (each stored one read).
  std::vector<const Entry*> entries() const;

  /// The entries that `name` names: an id, or DATASET:ID for one dataset's entry.
  /// More than one when datasets share the id.
  std::vector<const Entry*> find(std::string_view name) const;

  /// Every entry id, each once, for suggestions.
  std::vector<std::string_view> ids() const;

 private:
  std::deque<Dataset> datasets_;  // a deque, so entries keep their addresses as it grows
};

}  // namespace lore
