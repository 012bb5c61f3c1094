#include "util/xdg.h"

namespace lore {

std::string xdg_base(const std::optional<std::string>& variable,
                     const std::optional<std::string>& home, std::string_view fallback) {
  if (variable && variable->starts_with('/')) return *variable;
  if (home && home->starts_with('/')) return *home + "/" + std::string(fallback);
  return "";
}

}  // namespace lore
