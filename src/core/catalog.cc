#include "core/catalog.h"

#include <algorithm>

namespace lore {

std::vector<const Entry*> Catalog::entries() const {
  std::vector<const Entry*> result;
  for (const Dataset& dataset : datasets_) {
    for (const Entry& entry : dataset.entries()) result.push_back(&entry);
  }
  return result;
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
    for (const Entry& entry : dataset.entries()) {
      if (entry.id == id) result.push_back(&entry);
    }
  }
  return result;
}

std::vector<std::string_view> Catalog::ids() const {
  std::vector<std::string_view> result;
  for (const Entry* entry : entries()) {
    if (std::find(result.begin(), result.end(), entry->id) == result.end()) {
      result.push_back(entry->id);
    }
  }
  return result;
}

}  // namespace lore
