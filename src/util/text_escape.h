#pragma once

// Generic text safety, used wherever dataset text is printed: render, messages, TSV.

#include <string>
#include <string_view>

namespace lore {

/// Dataset text made safe for a terminal: C0 controls but newline and tab, DEL, the
/// C1 controls and the bidi controls are written as visible escapes (\x1b, \u0085,
/// \u202e), so no escape sequence in the data ever reaches the terminal and no text
/// is shown reordered. Other text is unchanged.
std::string escape_controls(std::string_view text);

/// A value made safe for one TSV field: backslash, tab, newline and carriage return as
/// \\, \t, \n, \r, and other controls as escape_controls writes them.
std::string escape_tsv_field(std::string_view text);

}  // namespace lore
