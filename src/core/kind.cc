#include "core/kind.h"

namespace lore {

std::string_view kind_name(Kind kind) {
  switch (kind) {
    case Kind::quote: return "quote";
    case Kind::trivia: return "trivia";
    case Kind::scene: return "scene";
    case Kind::egg: return "egg";
  }
  return "entry";
}

std::string_view kind_plural(Kind kind) {
  switch (kind) {
    case Kind::quote: return "quotes";
    case Kind::trivia: return "trivia";
    case Kind::scene: return "scenes";
    case Kind::egg: return "eggs";
  }
  return "entries";
}

std::optional<Kind> parse_kind(std::string_view text) {
  for (const Kind kind : kAllKinds) {
    if (text == kind_name(kind) || text == kind_plural(kind)) return kind;
  }
  return std::nullopt;
}

}  // namespace lore
