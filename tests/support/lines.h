#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lore::test {

using Lines = std::vector<std::string>;

/// The pieces of `text` between separators; a last separator ends the last piece
/// rather than starting an empty one (as std::getline reads).
Lines lines_of(std::string_view text, char separator = '\n');

}  // namespace lore::test
