#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace lore {

/// The most levels of nesting, or parts of one dotted key, a TOML text may have.
/// toml++ 3.3 recurses once per level with no limit of its own for dotted keys, so
/// a deep enough file would overflow the stack.
inline constexpr std::uint32_t kMaxTomlNesting = 128;

/// Where a TOML text is refused before parsing, and why.
struct TomlTextError {
  std::uint32_t line = 0;    ///< From 1.
  std::uint32_t column = 0;  ///< From 1, in code points.
  std::string message;
};

/// Scans `text` (strings, comments and escapes understood, nothing parsed) for what
/// toml++ 3.3 cannot take: arrays, inline tables, dotted keys and table headers nested
/// deeper than `limit`, and a non-ASCII character outside strings and comments (which
/// TOML never allows there, and which makes toml++ reach code it marks unreachable).
/// Every TOML text goes through this before toml++ sees it.
std::optional<TomlTextError> check_toml_text(std::string_view text,
                                             std::uint32_t limit = kMaxTomlNesting);

/// An array-of-tables header with a plain name, `[[name]]`, as check_toml_text() finds
/// it: at the top level, first on its line, outside strings and comments.
struct TomlArrayHeader {
  std::size_t line_offset = 0;  ///< Where its line begins in the text.
  std::uint32_t line = 0;       ///< Its line, from 1.
  std::string_view name;
};

/// check_toml_text(), telling `on_header` of each plain `[[name]]` header met before
/// the scan ends (a dotted or quoted name is not told): the places where a text of
/// entries can be cut into parts that toml++ parses one at a time.
std::optional<TomlTextError> check_toml_text(
    std::string_view text, const std::function<void(const TomlArrayHeader&)>& on_header,
    std::uint32_t limit = kMaxTomlNesting);

/// The byte range of line `line` (from 1) of `text`, without its newline; empty at
/// the end of the text when there is no such line.
std::pair<std::size_t, std::size_t> line_range(std::string_view text, std::size_t line);

/// What is wrong with `line`, the line of a TOML text where toml++ stopped with
/// `description`: plain words for the common slips (no value after '=', text not
/// quoted, a string not closed on its line, yes or no for a boolean, a key or table
/// given twice), else toml++'s description without its "Error while parsing".
std::string describe_toml_error(std::string_view line, std::string_view description);

}  // namespace lore
