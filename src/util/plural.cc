#include "util/plural.h"

#include <fmt/format.h>

namespace lore {

std::string_view noun_for(std::size_t count, std::string_view singular, std::string_view plural) {
  return count == 1 ? singular : plural;
}

std::string counted(std::size_t count, std::string_view singular, std::string_view plural) {
  return fmt::format("{} {}", count, noun_for(count, singular, plural));
}

}  // namespace lore
