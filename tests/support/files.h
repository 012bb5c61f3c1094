#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace lore::test {

/// The bytes of the file at `path` (empty when it cannot be read).
std::string read_text(const std::filesystem::path& path);

/// Replaces the file at `path` with `text`.
void write_text(const std::filesystem::path& path, std::string_view text);

/// The bytes of a file of the source tree (e.g. "data/io.toml").
std::string read_source_file(const std::string& relative);

}  // namespace lore::test
