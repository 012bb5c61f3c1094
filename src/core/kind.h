#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace lore {

/// The kinds of entry a dataset holds, in the order datasets list them.
enum class Kind { quote, trivia, scene, egg };

inline constexpr std::array<Kind, 4> kAllKinds = {Kind::quote, Kind::trivia, Kind::scene,
                                                  Kind::egg};

/// The kind's name, which is also its TOML table name: "quote", "trivia", ...
std::string_view kind_name(Kind kind);

/// The kind's plural, for messages and counts: "quotes", "trivia", ...
std::string_view kind_plural(Kind kind);

/// Parses a kind from its name or its plural.
std::optional<Kind> parse_kind(std::string_view text);

}  // namespace lore
