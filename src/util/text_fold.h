#pragma once

#include <string>
#include <string_view>

namespace lore {

/// `text` folded for comparing what people type: Unicode compatibility forms, case
/// folded, accents stripped (utf8proc), apostrophes dropped, other punctuation and
/// symbols turned into spaces, runs of space collapsed and trimmed.
/// "  Café—Noir’s " becomes "cafe noirs".
std::string fold_for_matching(std::string_view text);

}  // namespace lore
