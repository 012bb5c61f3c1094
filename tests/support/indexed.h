#pragma once

#include <string>

#include "core/dataset.h"
#include "core/dataset_index.h"

namespace lore::test {

/// The key that indexed() writes and opens with.
IndexKey test_index_key(const std::string& path = "/data/mem.toml");

/// The bytes of `dataset`'s index under test_index_key().
std::string index_bytes(const Dataset& dataset);

/// `bytes` opened as an index under test_index_key(); the error when it cannot be.
Expected<Dataset, std::string> open_index_bytes(std::string bytes);

/// `dataset` written as an index and opened again: the same entries, read on demand
/// from the index (a test failure when it cannot be opened).
Dataset indexed(const Dataset& dataset);

/// Everything an entry holds (kind, dataset, position and every field of its kind), as
/// text, so that two entries can be compared whole.
std::string entry_fields(const Entry& entry);

}  // namespace lore::test
