#pragma once

#include <string_view>

namespace lore::embedded {

/// The bytes of data/io.toml, built into the binary (generated at build time).
extern const std::string_view kDataset;

/// How messages name the built-in dataset's file.
inline constexpr std::string_view kDatasetPath = "io.toml (built in)";

}  // namespace lore::embedded
