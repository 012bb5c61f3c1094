#include "core/entry.h"

#include <algorithm>

#include <fmt/format.h>

namespace lore {

std::string DatasetInfo::attribution() const {
  if (year) return fmt::format("{} ({})", title, *year);
  return title;
}

std::string DatasetInfo::credit() const {
  return collection ? std::string() : attribution();
}

std::string_view Entry::body() const {
  switch (kind) {
    case Kind::quote:
    case Kind::egg: return text;
    case Kind::trivia: return fact;
    case Kind::scene: return description;
  }
  return text;
}

bool Entry::has_tag(std::string_view tag) const {
  return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

}  // namespace lore
