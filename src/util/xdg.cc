#include "util/xdg.h"

namespace lore {

std::string xdg_base(const std::optional<std::string>& variable,
                     const std::optional<std::string>& home, std::string_view fallback) {
  if (variable && variable->starts_with('/')) return *variable;
  if (home && home->starts_with('/')) return *home + "/" + std::string(fallback);
  return "";
}

std::string expand_home(const std::string& path, const std::optional<std::string>& home) {
  if (!home || home->empty()) return path;
  for (const std::string_view prefix : {"~", "$HOME", "${HOME}"}) {
    if (!path.starts_with(prefix)) continue;
    const std::string_view rest = std::string_view(path).substr(prefix.size());
    if (rest.empty() || rest.front() == '/') return *home + std::string(rest);
  }
  return path;
}

}  // namespace lore
