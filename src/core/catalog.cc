#include "core/catalog.h"

#include <algorithm>
#include <unordered_set>

namespace lore {

std::vector<const Entry*> Catalog::entries() const {
  std::vector<const Entry*> result;
  for (const Dataset& dataset : datasets_) {
    for (const Entry& entry : dataset.entries()) result.push_back(&entry);
  }
  return result;
}

std::size_t Catalog::size() const {
  std::size_t total = 0;
  for (const Dataset& dataset : datasets_) total += dataset.size();
  return total;
}

std::vector<const Entry*> Catalog::find(std::string_view name) const {
  std::string_view dataset_id;
  std::string_view id = name;
  if (const auto colon = name.find(':'); colon != std::string_view::npos) {
    dataset_id = name.substr(0, colon);
    id = name.substr(colon + 1);
  }
  std::vector<const Entry*> result;
  for (const Dataset& dataset : datasets_) {
    if (!dataset_id.empty() && dataset.info().id != dataset_id) continue;
    if (const EntryStore* store = dataset.store()) {
      if (const auto found = store->find(id)) result.push_back(&dataset.entry(*found));
      continue;
    }
    for (const Entry& entry : dataset.entries()) {
      if (entry.id == id) result.push_back(&entry);
    }
  }
  return result;
}

std::vector<std::string_view> Catalog::ids() const {
  std::vector<std::string_view> result;
  std::unordered_set<std::string_view> seen;
  for (const Dataset& dataset : datasets_) {
    for (std::size_t i = 0; i < dataset.size(); ++i) {
      const std::string_view id = dataset.id_of(i);
      if (seen.insert(id).second) result.push_back(id);
    }
  }
  return result;
}

}  // namespace lore
