#pragma once

#include <string>
#include <vector>

#include "core/entry.h"

namespace lore {

/// A whole dataset file: the [dataset] table from `info`, then each entry as an
/// [[kind]] table with its fields in schema order. load_dataset() reads it back to
/// the same entries, field for field.
std::string write_dataset(const DatasetInfo& info, const std::vector<const Entry*>& entries);

/// The [dataset] table alone, ending in a newline.
std::string write_dataset_table(const DatasetInfo& info);

/// One entry as an [[kind]] table, ending in a newline: what `lore add` appends.
std::string write_entry(const Entry& entry);

}  // namespace lore
