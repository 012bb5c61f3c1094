#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lore {

/// The most levels of nesting, or parts of one dotted key, a TOML text may have.
/// toml++ 3.3 recurses once per level with no limit of its own for dotted keys, so
/// a deep enough file would overflow the stack.
inline constexpr std::uint32_t kMaxTomlNesting = 128;

/// Where a TOML text nests too deeply, and how.
struct TomlNestingError {
  std::uint32_t line = 0;    ///< From 1.
  std::uint32_t column = 0;  ///< From 1, in code points.
  std::string message;
};

/// Scans `text` (strings, comments and escapes understood, nothing parsed) for
/// arrays, inline tables, dotted keys and table headers nested deeper than `limit`.
/// Every TOML text goes through this before toml++ sees it.
std::optional<TomlNestingError> check_toml_nesting(std::string_view text,
                                                   std::uint32_t limit = kMaxTomlNesting);

}  // namespace lore
