#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/entry.h"

namespace lore {

/// The entry as one JSON object: kind, id and dataset, then every field it has under
/// its TOML name. Made by a JSON library, so any text in the data stays valid JSON.
/// `indent` < 0 writes it on one line.
std::string to_json(const Entry& entry, int indent = -1);

/// Several entries as one JSON array.
std::string to_json_array(const std::vector<const Entry*>& entries, int indent = 2);

/// A dataset's description with its count of entries per kind.
struct DatasetSummary {
  const DatasetInfo* info;
  std::vector<std::pair<Kind, std::size_t>> counts;
  std::vector<std::string> replaces;  ///< Files of the same id it replaced on the search path.
};

/// Datasets as a JSON array (`as_array`) or as JSON lines, ending in a newline.
std::string datasets_to_json(const std::vector<DatasetSummary>& datasets, bool as_array);

/// Tags and their counts as a JSON array (`as_array`) or as JSON lines, ending in a newline.
std::string tags_to_json(const std::vector<std::pair<std::string_view, std::size_t>>& tags,
                         bool as_array);

}  // namespace lore
