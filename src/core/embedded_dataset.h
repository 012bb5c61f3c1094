#pragma once

#include <string_view>

#include "core/dataset.h"
#include "core/dataset_index.h"

namespace lore::embedded {

/// The bytes of data/io.toml, built into the binary (generated at build time).
extern const std::string_view kDataset;

/// How messages name the built-in dataset's file.
inline constexpr std::string_view kDatasetPath = "io.toml (built in)";

/// The built-in dataset, read from its index (write_index), which dataset_codegen made
/// from data/io.toml at build time and built into the binary (library lore_builtin):
/// the same entries as parsing kDataset gives, at no parsing cost, each read when first
/// asked for (a test checks the two agree).
Dataset builtin_dataset();

/// What the built-in index is keyed to: the built-in dataset's name, and no stamp.
IndexKey builtin_index_key();

/// The built-in dataset from `index`, its index as dataset_codegen wrote it. Parsed
/// from kDataset instead should the index not open (it opened when it was written).
Dataset open_builtin_index(std::string_view index);

}  // namespace lore::embedded
