#pragma once

#include <string_view>

#include "core/dataset.h"

namespace lore::embedded {

/// The bytes of data/io.toml, built into the binary (generated at build time).
extern const std::string_view kDataset;

/// How messages name the built-in dataset's file.
inline constexpr std::string_view kDatasetPath = "io.toml (built in)";

/// The built-in dataset, built from C++ that dataset_codegen generated from
/// data/io.toml at build time: the same entries as parsing kDataset gives, at no
/// parsing cost (library lore_builtin; a test checks the two agree).
Dataset builtin_dataset();

}  // namespace lore::embedded
