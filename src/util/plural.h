#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lore {

/// `count` with the noun that fits it: "1 entry", "0 entries", "2 entries".
std::string counted(std::size_t count, std::string_view singular, std::string_view plural);

/// The noun alone, as `count` takes it: "entry" for 1, else "entries".
std::string_view noun_for(std::size_t count, std::string_view singular, std::string_view plural);

}  // namespace lore
