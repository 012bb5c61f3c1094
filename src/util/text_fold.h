#pragma once

#include <string>
#include <string_view>

namespace lore {

/// `text` folded for comparing what people type: Unicode compatibility forms, case
/// folded, accents stripped (utf8proc), apostrophes dropped, other punctuation and
/// symbols turned into spaces, runs of space collapsed and trimmed.
/// "  Café—Noir’s " becomes "cafe noirs".
std::string fold_for_matching(std::string_view text);

/// True when `a` and `b` are equal but for the case of ASCII letters, as names typed on
/// the command line are compared with those of the data (tags, speakers, categories).
bool equal_ignoring_case(std::string_view a, std::string_view b);

/// `text` with ASCII letters in lower case: a name as equal_ignoring_case sees it.
std::string ascii_lowercase(std::string_view text);

}  // namespace lore
