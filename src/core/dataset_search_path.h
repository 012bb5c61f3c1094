#pragma once

#include <optional>
#include <string>
#include <vector>

namespace lore {

/// The environment variables that say where datasets live.
struct SearchPathVariables {
  std::optional<std::string> xdg_data_home;
  std::optional<std::string> xdg_data_dirs;
  std::optional<std::string> home;
  std::optional<std::string> lore_path;
};

/// Where lore looks for datasets besides the built-in one, in loading order: the
/// `lore` folder of each $XDG_DATA_DIRS entry (default /usr/local/share:/usr/share),
/// that of $XDG_DATA_HOME (default ~/.local/share), then each LORE_PATH entry (a file
/// or a folder; a leading `~` or `$HOME` is the home folder). Relative XDG paths are ignored, as
/// the XDG Base Directory spec says.
std::vector<std::string> dataset_search_path(const SearchPathVariables& variables);

/// Splits a colon-separated list, dropping empty items.
std::vector<std::string> split_path_list(std::string_view list);

}  // namespace lore
